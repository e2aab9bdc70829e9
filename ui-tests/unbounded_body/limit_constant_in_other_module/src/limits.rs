//! Body limits shared by the media routes.

pub const GIB: usize = 1024 * 1024 * 1024;
pub const MAX_MEDIA_UPLOAD: usize = 4 * GIB;
pub const MAX_AVATAR_UPLOAD: usize = 2 * 1024 * 1024;
