# dyad: one Makefile. Targets: all check asan fuzz bench eval format clean
#   shared install uninstall
CC      ?= cc
CFLAGS  ?= -O2 -g
WARN     = -std=c11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wno-unused-parameter
CPPFLAGS = -Iinclude -Isrc -D_POSIX_C_SOURCE=200809L
LDLIBS   = -ljansson -larchive -lutf8proc -lz -lm
# the program only (the event store, dyad serve; docs/store.md): not the library's
PG_CFLAGS ?= -I/usr/include/postgresql
CLI_LIBS  = -lmicrohttpd -lsqlite3 -lpq
BUILD   ?= build

LIB_SRC  = $(wildcard src/*.c)
CLI_SRC  = $(wildcard cli/*.c)
TEST_SRC = $(wildcard tests/test_*.c)
LIB_OBJ  = $(LIB_SRC:src/%.c=$(BUILD)/obj/%.o)
CLI_OBJ  = $(CLI_SRC:cli/%.c=$(BUILD)/cli/%.o) $(BUILD)/cli/web.o
WEB      = $(wildcard web/*)
TESTS    = $(TEST_SRC:tests/%.c=$(BUILD)/tests/%)
FUZZ_SRC = $(wildcard fuzz/fuzz_*.c)
PIC_OBJ  = $(LIB_SRC:src/%.c=$(BUILD)/pic/%.o)

# The shared library: libdyad.so.MAJOR.MINOR from DYAD_VERSION, soname
# libdyad.so.MAJOR, exporting only dyad_* (src/libdyad.map).
VERSION := $(shell sed -n 's/^\#define DYAD_VERSION "\(.*\)"/\1/p' include/dyad.h)
SONAME   = libdyad.so.$(word 1,$(subst ., ,$(VERSION)))
SHLIB    = $(SONAME).$(word 2,$(subst ., ,$(VERSION)))

PREFIX  ?= /usr/local
BINDIR  ?= $(PREFIX)/bin
LIBDIR  ?= $(PREFIX)/lib
INCDIR  ?= $(PREFIX)/include
DATADIR ?= $(PREFIX)/share
MANDIR  ?= $(DATADIR)/man
DICTS    = $(wildcard dictionaries/*)

all: $(BUILD)/dyad $(BUILD)/libdyad.a

$(BUILD)/obj/%.o: src/%.c $(wildcard src/*.h) include/dyad.h
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) -c $< -o $@

$(BUILD)/cli/%.o: cli/%.c $(wildcard cli/*.h) include/dyad.h
	@mkdir -p $(dir $@)
	$(CC) -Iinclude $(PG_CFLAGS) $(WARN) -D_POSIX_C_SOURCE=200809L $(CFLAGS) -c $< -o $@

# web/ (the page of dyad serve, openapi.json) embedded into the program.
$(BUILD)/gen/web.c: tools/embed-web $(WEB)
	@mkdir -p $(dir $@)
	sh tools/embed-web web >$@.tmp && mv $@.tmp $@

$(BUILD)/cli/web.o: $(BUILD)/gen/web.c cli/serve.h cli/cli.h include/dyad.h
	$(CC) -Iinclude -Icli $(WARN) $(CFLAGS) -c $< -o $@

$(BUILD)/libdyad.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/pic/%.o: src/%.c $(wildcard src/*.h) include/dyad.h
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) -fPIC -c $< -o $@

shared: $(BUILD)/$(SHLIB)

$(BUILD)/$(SHLIB): $(PIC_OBJ) src/libdyad.map
	$(CC) $(CFLAGS) $(LDFLAGS) -shared -Wl,-soname,$(SONAME) -Wl,--version-script=src/libdyad.map \
	  -o $@ $(PIC_OBJ) $(LDLIBS)
	ln -sf $(SHLIB) $(BUILD)/$(SONAME)
	ln -sf $(SONAME) $(BUILD)/libdyad.so

$(BUILD)/dyad: $(CLI_OBJ) $(BUILD)/libdyad.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(CLI_OBJ) $(BUILD)/libdyad.a $(LDLIBS) $(CLI_LIBS)

$(BUILD)/tests/%: tests/%.c tests/harness.h $(BUILD)/libdyad.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) -o $@ $< $(BUILD)/libdyad.a $(LDLIBS)

# DESTDIR is honoured; uninstall takes the same PREFIX.
install: all shared
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR)/pkgconfig $(DESTDIR)$(INCDIR) \
	  $(DESTDIR)$(DATADIR)/dyad/dictionaries $(DESTDIR)$(MANDIR)/man1
	install -m 755 $(BUILD)/dyad $(DESTDIR)$(BINDIR)/dyad
	install -m 644 $(BUILD)/libdyad.a $(DESTDIR)$(LIBDIR)/libdyad.a
	install -m 755 $(BUILD)/$(SHLIB) $(DESTDIR)$(LIBDIR)/$(SHLIB)
	ln -sf $(SHLIB) $(DESTDIR)$(LIBDIR)/$(SONAME)
	ln -sf $(SONAME) $(DESTDIR)$(LIBDIR)/libdyad.so
	install -m 644 include/dyad.h $(DESTDIR)$(INCDIR)/dyad.h
	printf '%s\n' 'prefix=$(PREFIX)' 'libdir=$(LIBDIR)' 'includedir=$(INCDIR)' '' \
	  'Name: dyad' 'Description: event-data coder: news text to CAMEO events' \
	  'Version: $(VERSION)' 'Cflags: -I$${includedir}' 'Libs: -L$${libdir} -ldyad' \
	  'Libs.private: $(LDLIBS)' | sed 's|=$(PREFIX)/|=$${prefix}/|' \
	  >$(DESTDIR)$(LIBDIR)/pkgconfig/dyad.pc
	install -m 644 $(DICTS) $(DESTDIR)$(DATADIR)/dyad/dictionaries/
	install -m 644 docs/dyad.1 $(DESTDIR)$(MANDIR)/man1/dyad.1

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/dyad $(DESTDIR)$(LIBDIR)/libdyad.a $(DESTDIR)$(LIBDIR)/$(SHLIB) \
	  $(DESTDIR)$(LIBDIR)/$(SONAME) $(DESTDIR)$(LIBDIR)/libdyad.so $(DESTDIR)$(INCDIR)/dyad.h \
	  $(DESTDIR)$(LIBDIR)/pkgconfig/dyad.pc $(DESTDIR)$(MANDIR)/man1/dyad.1 \
	  $(DICTS:dictionaries/%=$(DESTDIR)$(DATADIR)/dyad/dictionaries/%)
	rmdir $(DESTDIR)$(DATADIR)/dyad/dictionaries $(DESTDIR)$(DATADIR)/dyad 2>/dev/null || true

# The README's test command. Prints "N passed, N failed" and fails on any failure.
check: all $(TESTS)
	@BUILD=$(BUILD) CC="$(CC)" CFLAGS="$(CFLAGS)" LDFLAGS="$(LDFLAGS)" sh tests/run.sh

asan:
	$(MAKE) BUILD=build-asan CC=clang \
	  CFLAGS="-O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -DDYAD_ARENA_MALLOC -DDYAD_CHECK" \
	  LDFLAGS="-fsanitize=address,undefined" check

# Each target for FUZZ_TIME seconds; an input slower than 2 s or a run above
# 512 MB fails, and the input is left in build-fuzz/ (make it a seed in
# fuzz/seeds/X/, which tests/fuzz_seeds.sh replays in `make check`). ASan's
# quarantine is 64 MB (default 256): with it fuzz_cli reached 481 MB in 60 s.
FUZZ_TIME ?= 60
fuzz:
	@mkdir -p build-fuzz
	@for f in $(FUZZ_SRC); do \
	  n=$$(basename $$f .c); \
	  clang $(CPPFLAGS) -std=c11 -g -O1 -fsanitize=fuzzer,address,undefined -DDYAD_ARENA_MALLOC \
	    -o build-fuzz/$$n $$f $(LIB_SRC) $(LDLIBS) || exit 1; \
	  mkdir -p build-fuzz/corpus-$$n; \
	  echo "== $$n ($(FUZZ_TIME)s)"; \
	  ASAN_OPTIONS=$${ASAN_OPTIONS:-quarantine_size_mb=64} \
	  build-fuzz/$$n -max_total_time=$(FUZZ_TIME) -max_len=65536 -timeout=2 -rss_limit_mb=512 \
	    -artifact_prefix=build-fuzz/$$n- build-fuzz/corpus-$$n fuzz/seeds/$${n#fuzz_} || exit 1; \
	done

bench: all
	@sh bench/run.sh

# Accuracy against the gold set (docs/accuracy.md): both splits, both dictionary sets.
eval: all
	@BUILD=$(BUILD) sh tools/eval-gold

# Reformat the C sources in place with .clang-format (Debian: clang-format).
FORMAT_SRC = $(wildcard src/*.c src/*.h cli/*.c cli/*.h include/*.h tests/*.c tests/*.h bench/*.c fuzz/*.c)
format:
	clang-format -i $(FORMAT_SRC)

clean:
	rm -rf build build-asan build-fuzz

.PHONY: all check asan fuzz bench eval format clean shared install uninstall
