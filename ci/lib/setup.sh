# Shared set-up for the ci/ commands: checks the toolchain and installs missing Debian packages.
# Sourced, not run.

hotpath_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# Debian packages the build and tests need (the JIT packages add capstone, zstd, unicorn).
hotpath_debian_packages=(libcapstone-dev libzstd-dev libunicorn-dev)

hotpath_require_toolchain() {
    if ! command -v swift >/dev/null 2>&1; then
        if [ -x /opt/swift/usr/bin/swift ]; then
            export PATH="/opt/swift/usr/bin:$PATH"
        else
            echo "hotpath: Swift 6 is required (https://swift.org/install); 'swift' is not on PATH" >&2
            exit 2
        fi
    fi
    if ! command -v python3 >/dev/null 2>&1; then
        echo "hotpath: python3 (CPython 3.11, the test oracle) is required" >&2
        exit 2
    fi
}

# Installs the Debian packages in "$@" that are not installed yet.
hotpath_install_debian_packages() {
    local missing=()
    for package in "$@"; do
        dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "hotpath: installing ${missing[*]}" >&2
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >&2
}

hotpath_setup() {
    hotpath_require_toolchain
    hotpath_install_debian_packages "${hotpath_debian_packages[@]}"
}
