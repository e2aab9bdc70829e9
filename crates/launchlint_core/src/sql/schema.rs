//! The schema as migrations leave it: CREATE TABLE (columns, foreign keys), ALTER TABLE
//! ADD/DROP/RENAME COLUMN and RENAME TO, DROP TABLE, RENAME TABLE, ENABLE ROW LEVEL SECURITY and
//! CREATE POLICY, applied in migration order.

use super::{offset_of, table_key, Parsed};
use crate::source::FileId;
use sqlparser::ast::{AlterTableOperation, ColumnOption, ObjectType, RenameTableNameKind, Statement, TableConstraint};
use std::collections::BTreeMap;

/// Where something is declared: file and byte offset.
pub type Origin = (FileId, usize);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnDef {
    /// Lowercased name.
    pub name: String,
    pub at: Option<Origin>,
    /// Referenced table of a foreign key on this column.
    pub references: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TableDef {
    /// Lowercased name.
    pub name: String,
    pub columns: Vec<ColumnDef>,
    pub at: Option<Origin>,
    /// `ALTER TABLE .. ENABLE ROW LEVEL SECURITY`.
    pub rls: Option<Origin>,
    /// `CREATE POLICY .. ON table`: name and place.
    pub policies: Vec<(String, Option<Origin>)>,
}

impl TableDef {
    pub fn column(&self, name: &str) -> Option<&ColumnDef> {
        self.columns.iter().find(|c| c.name == name)
    }

    /// Row-level security is on and at least one policy applies.
    pub fn rls_protected(&self) -> bool {
        self.rls.is_some() && !self.policies.is_empty()
    }
}

/// Tables by lowercased name.
#[derive(Debug, Clone, Default)]
pub struct SqlSchema {
    pub tables: BTreeMap<String, TableDef>,
}

fn at(file: FileId, text: &str, chunk: usize, span: sqlparser::tokenizer::Span) -> Option<Origin> {
    offset_of(text, chunk, span.start.line, span.start.column).map(|o| (file, o))
}

impl SqlSchema {
    /// Applies the statements of one migration file.
    pub fn apply(&mut self, file: FileId, text: &str, parsed: &Parsed) {
        for p in &parsed.stmts {
            let c = p.chunk_start;
            match &p.stmt {
                Statement::CreateTable(ct) => {
                    let name = table_key(&ct.name);
                    let ident = ct.name.0.last().and_then(|p| p.as_ident());
                    let mut t = TableDef {
                        name: name.clone(),
                        at: ident.and_then(|i| at(file, text, c, i.span)),
                        ..TableDef::default()
                    };
                    for col in &ct.columns {
                        let references = col.options.iter().find_map(|o| match &o.option {
                            ColumnOption::ForeignKey(fk) => Some(table_key(&fk.foreign_table)),
                            _ => None,
                        });
                        t.columns.push(ColumnDef {
                            name: col.name.value.to_lowercase(),
                            at: at(file, text, c, col.name.span),
                            references,
                        });
                    }
                    for k in &ct.constraints {
                        if let TableConstraint::ForeignKey(fk) = k {
                            let target = table_key(&fk.foreign_table);
                            for col in &fk.columns {
                                let n = col.value.to_lowercase();
                                if let Some(cd) = t.columns.iter_mut().find(|cd| cd.name == n) {
                                    cd.references.get_or_insert(target.clone());
                                }
                            }
                        }
                    }
                    // `CREATE TABLE IF NOT EXISTS` over an existing table keeps the old one.
                    if !(ct.if_not_exists && self.tables.contains_key(&name)) {
                        self.tables.insert(name, t);
                    }
                }
                Statement::AlterTable(alter) => {
                    let mut name = table_key(&alter.name);
                    for op in &alter.operations {
                        let Some(t) = self.tables.get_mut(&name) else {
                            break;
                        };
                        match op {
                            AlterTableOperation::AddColumn { column_def, .. } => {
                                let n = column_def.name.value.to_lowercase();
                                let references = column_def.options.iter().find_map(|o| match &o.option {
                                    ColumnOption::ForeignKey(fk) => Some(table_key(&fk.foreign_table)),
                                    _ => None,
                                });
                                t.columns.retain(|cd| cd.name != n);
                                t.columns.push(ColumnDef {
                                    name: n,
                                    at: at(file, text, c, column_def.name.span),
                                    references,
                                });
                            }
                            AlterTableOperation::AddConstraint {
                                constraint: TableConstraint::ForeignKey(fk), ..
                            } => {
                                let target = table_key(&fk.foreign_table);
                                for col in &fk.columns {
                                    let n = col.value.to_lowercase();
                                    if let Some(cd) = t.columns.iter_mut().find(|cd| cd.name == n) {
                                        cd.references.get_or_insert(target.clone());
                                    }
                                }
                            }
                            AlterTableOperation::DropColumn { column_names, .. } => {
                                for col in column_names {
                                    let n = col.value.to_lowercase();
                                    t.columns.retain(|cd| cd.name != n);
                                }
                            }
                            AlterTableOperation::RenameColumn { old_column_name, new_column_name } => {
                                let old = old_column_name.value.to_lowercase();
                                if let Some(cd) = t.columns.iter_mut().find(|cd| cd.name == old) {
                                    cd.name = new_column_name.value.to_lowercase();
                                    cd.at = at(file, text, c, new_column_name.span);
                                }
                            }
                            AlterTableOperation::ChangeColumn { old_name, new_name, .. } => {
                                let old = old_name.value.to_lowercase();
                                if let Some(cd) = t.columns.iter_mut().find(|cd| cd.name == old) {
                                    cd.name = new_name.value.to_lowercase();
                                    cd.at = at(file, text, c, new_name.span);
                                }
                            }
                            AlterTableOperation::RenameTable { table_name } => {
                                let new = match table_name {
                                    RenameTableNameKind::As(n) | RenameTableNameKind::To(n) => table_key(n),
                                };
                                if let Some(mut t) = self.tables.remove(&name) {
                                    t.name = new.clone();
                                    self.tables.insert(new.clone(), t);
                                }
                                name = new;
                            }
                            AlterTableOperation::EnableRowLevelSecurity
                            | AlterTableOperation::ForceRowLevelSecurity
                                if t.rls.is_none() =>
                            {
                                let span = alter.name.0.last().and_then(|p| p.as_ident()).map(|i| i.span);
                                t.rls = span.and_then(|s| at(file, text, c, s)).or(Some((file, c)));
                            }
                            AlterTableOperation::DisableRowLevelSecurity => t.rls = None,
                            _ => {}
                        }
                    }
                }
                Statement::CreatePolicy(policy) => {
                    let name = table_key(&policy.table_name);
                    if let Some(t) = self.tables.get_mut(&name) {
                        t.policies.push((policy.name.value.clone(), at(file, text, c, policy.name.span)));
                    }
                }
                Statement::Drop { object_type: ObjectType::Table, names, .. } => {
                    for n in names {
                        self.tables.remove(&table_key(n));
                    }
                }
                Statement::RenameTable(renames) => {
                    for r in renames {
                        if let Some(mut t) = self.tables.remove(&table_key(&r.old_name)) {
                            let new = table_key(&r.new_name);
                            t.name = new.clone();
                            self.tables.insert(new, t);
                        }
                    }
                }
                _ => {}
            }
        }
    }
}
