# relations: build, test and run the diplomatic relations database.
#
#   make build    debug build
#   make release  optimized build (.build/release/relations); on Linux with the Swift runtime and Foundation linked
#                 in (--static-swift-stdlib): a larger binary that starts in about 8 ms instead of 14
#   make test     unit and end-to-end tests (Swift Testing)
#   make eval     score the extractor on the annotated corpus (Tests/Fixtures/eval)
#   make bench    import speed, memory and report latency against SQLite's own limit (scripts/bench.sh)
#   make demo     release build, import the bundled seeds into ./relations.db, print the 2017 anniversaries
#   make install  copy the release binary to $(PREFIX)/bin (PREFIX defaults to /usr/local)
#   make fuzz     fuzz the article readers and the extractor with libFuzzer for FUZZ_SECONDS (default 60);
#                 built apart in .build-fuzz, crashes saved there as crash-* (replay: swift run FuzzReaders FILE)
#   make clean    remove build output and ./relations.db

PREFIX ?= /usr/local
SWIFT ?= swift
DB ?= relations.db
FUZZ_SECONDS ?= 60
FUZZ ?= .build-fuzz
# Linux: link the Swift runtime and Foundation statically (each command starts faster; Apple platforms have them in the OS).
STATIC_STDLIB ?= $(if $(filter Linux,$(shell uname -s)),--static-swift-stdlib,)

.PHONY: build release test eval bench demo install clean fuzz

build:
	$(SWIFT) build

release:
	$(SWIFT) build -c release $(STATIC_STDLIB)

test:
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

eval: build
	.build/debug/relations eval Tests/Fixtures/eval --format table

bench: release
	scripts/bench.sh

demo: release
	rm -f $(DB) $(DB)-wal $(DB)-shm
	.build/release/relations import --db $(DB)
	.build/release/relations query anniversaries --year 2017 --db $(DB) --format table

install: release
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 .build/release/relations $(DESTDIR)$(PREFIX)/bin/relations

fuzz:
	@lib=$$(ls "$$(dirname "$$(readlink -f "$$(command -v $(SWIFT))")")"/../lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a 2>/dev/null | head -n 1); \
	if [ -z "$$lib" ]; then echo "make fuzz: libFuzzer (libclang_rt.fuzzer_no_main) not found in this Swift toolchain" >&2; exit 1; fi; \
	echo "RELATIONS_FUZZER_LIB=$$lib"; \
	RELATIONS_FUZZER_LIB="$$lib" $(SWIFT) build -c release --scratch-path $(FUZZ) --product FuzzReaders
	mkdir -p $(FUZZ)/corpus
	cp seeds/articles/* $(FUZZ)/corpus/
	$(FUZZ)/release/FuzzReaders $(FUZZ)/corpus -max_total_time=$(FUZZ_SECONDS) -max_len=20000 -timeout=20 \
		-rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix=$(FUZZ)/

clean:
	rm -rf .build $(FUZZ)
	rm -f $(DB) $(DB)-wal $(DB)-shm
