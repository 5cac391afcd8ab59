# ScimDesk — make help lists the targets.
SWIFT ?= swift
# Test targets that drive other processes; `make test` runs them apart from the in-process ones.
PROCESS_TESTS := CLITests|PostgresStoreTests
BIN_DEBUG = .build/debug/scimdesk
BIN_RELEASE = .build/release/scimdesk
ARGS ?=

.DEFAULT_GOAL := help
.PHONY: help deps build release run test test-postgres bench fuzz soak screenshots format lint clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

deps: ## Install the system packages the build and tests need (Debian; uses sudo when not root)
	@./.ci/install-deps

build: deps ## Build the scimdesk binary (debug)
	$(SWIFT) build --product scimdesk

release: deps ## Build the scimdesk binary (release)
	$(SWIFT) build -c release --product scimdesk

run: build ## Open the console with the embedded SCIM listener (ARGS="..." passes options)
	$(BIN_DEBUG) $(ARGS)

test: deps ## Run every test: unit, both stores (SQLite, PostgreSQL), HTTP integration, golden screens, CLI and the tmux end-to-end test
	$(SWIFT) build --build-tests
	@# Two runs: tests that wait on other processes (the CLI, tmux, PostgreSQL) block threads while they
	@# wait, and in one run they would starve the in-process listeners of Swift's cooperative threads.
	$(SWIFT) test --skip-build --skip '$(PROCESS_TESTS)'
	$(SWIFT) test --skip-build --filter '$(PROCESS_TESTS)'

test-postgres: deps ## Run only the PostgreSQL tests (store conformance, races, two listeners; on a throwaway cluster)
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --filter 'PostgresStoreTests|TwoListeners'

bench: deps ## Benchmark the listener (release build, wrk on loopback); BENCH_USERS=100000 by default
	./Tests/Bench/bench.sh

fuzz: deps ## Fuzz the JSON parser, filters → SQL, PATCH and the resource mapper (libFuzzer, .build-fuzz), FUZZ_SECONDS (60) each
	./Fuzz/run.sh

soak: deps ## kill -9 the listener under provisioning load SOAK_ROUNDS times (25), checking every acknowledged write each time
	$(SWIFT) build --build-tests
	SOAK_ROUNDS=$${SOAK_ROUNDS:-25} $(SWIFT) test --skip-build --filter KillLoopTests

screenshots: build ## Regenerate screenshots/ from the console's own screen buffer
	$(BIN_DEBUG) screenshots --output screenshots

format: ## Format the sources with swift-format (from the toolchain)
	$(SWIFT) format --in-place --recursive Sources Tests

lint: ## Lint the sources with swift-format
	$(SWIFT) format lint --recursive Sources Tests

clean: ## Remove build products
	rm -rf .build .build-release .build-fuzz .bench
