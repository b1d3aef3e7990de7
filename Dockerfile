# rolecall: a chat bot for Discord and Slack. Build: `podman build --format docker -t rolecall .`
# (or `docker build -t rolecall .`); scripts/build-image.sh builds and checks it on a machine
# that cannot pull base images.

# ---------------------------------------------------------------------------------------------
# Builder: compiles a release binary. The knowledge/ folder is embedded into it by build.rs.
# ---------------------------------------------------------------------------------------------
FROM rust:1.95-slim-bookworm AS builder
WORKDIR /build

# 1. Dependencies only, in their own layer: the manifest, the lock file and build.rs, with an
#    empty stand-in file for every target Cargo.toml names (src/main.rs, src/lib.rs and each
#    [[bench]], [[test]], [[example]], [[bin]]: cargo will not read a manifest whose declared
#    targets have no file) and an empty knowledge/ folder for build.rs. This layer is reused
#    until Cargo.toml, Cargo.lock or build.rs change. `cargo clean -p rolecall` then drops the
#    stand-in crate's own artifacts, keeping the compiled dependencies; src/ and knowledge/ go
#    (the real ones come next), the other stand-in files stay for cargo to read the manifest.
COPY scripts/cargo-stub-targets.sh /usr/local/bin/cargo-stub-targets
COPY Cargo.toml Cargo.lock build.rs ./
RUN sh /usr/local/bin/cargo-stub-targets Cargo.toml \
    && mkdir -p knowledge/roles \
    && cargo build --release --locked \
    && cargo clean --release --locked -p rolecall \
    && rm -rf src knowledge

# 2. The real crate: cargo rebuilds it (and reruns build.rs, which embeds knowledge/) whatever
#    the copied files' timestamps are, since its artifacts were removed above.
COPY src ./src
COPY knowledge ./knowledge
COPY migrations ./migrations
RUN cargo build --release --locked --bin rolecall \
    && install -m 0755 target/release/rolecall /usr/local/bin/rolecall \
    && /usr/local/bin/rolecall --version

# ---------------------------------------------------------------------------------------------
# Runtime: the binary, CA certificates (rustls to Discord/Slack), a non-root user, and /data.
# ---------------------------------------------------------------------------------------------
FROM debian:bookworm-slim AS runtime

# Versions are not pinned: bookworm's ca-certificates only changes with security updates,
# which we want picked up on every rebuild.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --gid 10001 rolecall \
    && useradd --uid 10001 --gid 10001 --no-log-init --no-create-home \
               --home-dir /nonexistent --shell /usr/sbin/nologin rolecall \
    && mkdir -p /data \
    && chown 10001:10001 /data

COPY --from=builder /usr/local/bin/rolecall /usr/local/bin/rolecall

USER 10001:10001
ENV ROLECALL_HTTP_ADDR=0.0.0.0:8080
# unanswered questions, votes and channel settings; mount a volume here to keep them, or set
# ROLECALL_DATABASE_URL to a PostgreSQL database
ENV ROLECALL_DATABASE_URL=sqlite:/data/rolecall.sqlite
VOLUME ["/data"]
EXPOSE 8080

HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
    CMD ["/usr/local/bin/rolecall", "healthcheck"]

ENTRYPOINT ["/usr/local/bin/rolecall"]
CMD ["serve"]
