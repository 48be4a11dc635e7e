# dossier: `make site` builds the site from seeds/, `make test` runs every test.
SWIFT ?= swift
DOSSIER = .build/release/dossier
ARTICLES ?= 3000
# `make bench CORPUS=DIR COPIES=N`: real articles instead of the synthetic ones.
CORPUS ?=
COPIES ?= 1

.PHONY: site test bench deps build clean fuzz

# libcmark-dev is the one system library: installed with apt-get when pkg-config cannot find it.
deps:
	@if pkg-config --exists libcmark 2>/dev/null; then :; \
	elif command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
		echo "Installing libcmark-dev with apt-get"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcmark-dev pkg-config) >/dev/null \
		|| { echo "apt-get could not install libcmark-dev: run 'apt-get install libcmark-dev' as root"; exit 1; }; \
	elif command -v sudo >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing libcmark-dev with sudo apt-get"; \
		(sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcmark-dev pkg-config) >/dev/null \
		|| { echo "could not install libcmark-dev: run 'sudo apt-get install libcmark-dev'"; exit 1; }; \
	else \
		echo "libcmark was not found by pkg-config. Install it: 'apt-get install libcmark-dev' (Debian/Ubuntu) or 'brew install cmark' (macOS)"; \
		exit 1; \
	fi

build: deps
	$(SWIFT) build -c release --product dossier

site: build
	$(DOSSIER) build --seeds seeds --templates Templates --output Site

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	bash Tests/browser/check.sh

bench: build
	$(SWIFT) build -c release --product dossier-bench
	@if [ -n "$(CORPUS)" ]; then .build/release/dossier-bench --corpus "$(CORPUS)" --copies $(COPIES); \
	else .build/release/dossier-bench $(ARTICLES); fi

# Fuzzing (libFuzzer with AddressSanitizer, optimized so that a minute runs thousands of inputs): each parser of untrusted text for SECONDS seconds, one after
# another (FUZZ=dates for one target). Failing inputs land in Tests/DossierKitTests/FuzzRegressions.
SECONDS ?= 60
FUZZ ?=
FUZZ_PRODUCTS = FuzzArticle FuzzFrontMatter FuzzConfig FuzzDates FuzzNames FuzzMarkdown
fuzz: deps
	@mkdir -p .build-fuzz
	@for p in $(FUZZ_PRODUCTS); do \
		DOSSIER_FUZZ=1 $(SWIFT) build -c release --build-path .build-fuzz -Xswiftc -sanitize=fuzzer,address --product $$p \
			>.build-fuzz/build.log 2>&1 || { grep -v 'Cannot export local symbol' .build-fuzz/build.log | tail -30; exit 1; }; \
	done
	bash Tests/Fuzz/run.sh $(SECONDS) $(FUZZ)

clean:
	rm -rf .build
