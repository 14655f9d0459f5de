# syntax=docker/dockerfile:1

# ---- build ------------------------------------------------------------------
FROM rust:1.95-bookworm AS builder

# gcc/make come with the image (bundled libsqlite3 and the bundled libpq are
# compiled from source with cc); libpq's bundled build links OpenSSL, found via
# pkg-config. Both are normally present already: installing them is a no-op then.
RUN apt-get update \
    && apt-get install -y --no-install-recommends pkg-config libssl-dev \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /src

# The whole workspace (filtered by .dockerignore): the migrations in
# migrations/ are embedded at compile time, so they must be in the context.
COPY . .

# BuildKit cache mounts keep the crates.io registry and the target dir between
# builds; the binary is copied out of the cached target dir in the same step.
RUN --mount=type=cache,target=/usr/local/cargo/registry,sharing=locked \
    --mount=type=cache,target=/usr/local/cargo/git,sharing=locked \
    --mount=type=cache,target=/src/target,sharing=locked \
    cargo build --release --locked --bin grantdesk \
    && install -D -m 0755 target/release/grantdesk /out/grantdesk

# ---- runtime ----------------------------------------------------------------
FROM debian:bookworm-slim

# libssl3: the binary links OpenSSL dynamically (libpq's TLS support).
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates libssl3 \
    && rm -rf /var/lib/apt/lists/*

RUN groupadd --system --gid 10001 grantdesk \
    && useradd --system --uid 10001 --gid grantdesk --home-dir /app --no-create-home \
       --shell /usr/sbin/nologin grantdesk \
    && mkdir -p /app/data \
    && chown -R grantdesk:grantdesk /app

COPY --from=builder /out/grantdesk /usr/local/bin/grantdesk

WORKDIR /app
USER grantdesk

# SQLite database (default DATABASE_URL=sqlite://data/grantdesk.sqlite3) and,
# in demo mode, the generated JWT secret live in /app/data.
VOLUME ["/app/data"]

ENV GRANTDESK_BIND=0.0.0.0:8080
EXPOSE 8080

# No HEALTHCHECK: the slim image has no curl and the binary has no health command.
ENTRYPOINT ["/usr/local/bin/grantdesk"]
CMD ["serve"]
