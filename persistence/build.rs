// The migrations are embedded with `embed_migrations!`: rebuild when a migration is added or
// changed, not only when this crate's sources are.
fn main() {
    println!("cargo:rerun-if-changed=../migrations");
}
