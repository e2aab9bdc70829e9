diesel::table! {
    vehicles (id) {
        id -> Uuid,
        fleet_id -> Uuid,
        plate -> Text,
        model -> Text,
        owner_id -> Uuid,
        retired -> Bool,
    }
}
