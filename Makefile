# relations: build, test and run the diplomatic relations database.
#
#   make build    debug build
#   make release  optimized build (.build/release/relations)
#   make test     unit and end-to-end tests (Swift Testing)
#   make eval     score the extractor on the annotated corpus (Tests/Fixtures/eval)
#   make bench    import speed, memory and report latency against SQLite's own limit (scripts/bench.sh)
#   make demo     release build, import the bundled seeds into ./relations.db, print the 2017 anniversaries
#   make install  copy the release binary to $(PREFIX)/bin (PREFIX defaults to /usr/local)
#   make clean    remove build output and ./relations.db

PREFIX ?= /usr/local
SWIFT ?= swift
DB ?= relations.db

.PHONY: build release test eval bench demo install clean

build:
	$(SWIFT) build

release:
	$(SWIFT) build -c release

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

clean:
	rm -rf .build
	rm -f $(DB) $(DB)-wal $(DB)-shm
