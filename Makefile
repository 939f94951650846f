# snipe: build, test, demo and benchmarks. `make` builds build/snipe.
#   make                 build build/snipe (gcc, C17, -Wall -Wextra -Werror)
#   make test            install missing dependencies, build, run every test
#   make test SANITIZE=1 the same under ASan + UBSan (build in build/asan)
#   make demo            lint the Python standard library installed here
#   make bench           benchmarks against peers (bench/)
#   make CC=clang        build with clang

ifeq ($(origin CC),default)
  CC = gcc
endif
SANITIZE ?= 0
ifeq ($(SANITIZE),1)
  BUILD   ?= build/asan
  SANFLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
  OPT      = -O1 -g
else
  BUILD   ?= build
  SANFLAGS =
  OPT      = -O2 -g
endif

PKGS     = libutf8proc libpcre2-8 libxxhash
CFLAGS  ?= $(OPT)
CFLAGS  += -std=c17 -D_GNU_SOURCE -Wall -Wextra -Werror -Wno-unused-parameter -pthread \
           -Isrc -Iinclude -I$(BUILD)/gen $(SANFLAGS) -MMD -MP
LDLIBS   = -lutf8proc -lpcre2-8 -lxxhash -lyaml -lpthread -lm
TESTLIBS = -lcheck_pic -lsubunit -lrt

SRCS     := $(shell find src -name '*.c' | sort)
LIBSRCS  := $(filter-out src/cli/main.c,$(SRCS))
OBJS     := $(SRCS:%.c=$(BUILD)/obj/%.o)
LIBOBJS  := $(LIBSRCS:%.c=$(BUILD)/obj/%.o)
TSRCS    := $(shell find tests/unit -name '*.c' | sort)
TOBJS    := $(TSRCS:%.c=$(BUILD)/obj/%.o)
SUITES   := $(patsubst tests/unit/test_%.c,%,$(wildcard tests/unit/test_*.c))

.PHONY: all deps test demo bench clean FORCE
all: $(BUILD)/snipe

# Installs the Debian packages the build and the tests need, only when one is missing.
DEB_PKGS = gcc make pkg-config libutf8proc-dev libpcre2-dev libxxhash-dev check libyaml-dev
deps:
	@missing=""; for p in $(DEB_PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq $$missing >/dev/null; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq $$missing >/dev/null; fi; \
	fi

$(BUILD)/snipe: $(OBJS)
	@echo "  LD    $@"
	@$(CC) $(CFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "  CC    $<"
	@$(CC) $(CFLAGS) -c -o $@ $<

# One SUITE(name) line per tests/unit/test_<name>.c, each defining `Suite *suite_<name>(void)`;
# rewritten only when the list changes, so that only the test runner's main is rebuilt.
$(BUILD)/obj/tests/unit/main.o: $(BUILD)/gen/suites.h
$(BUILD)/gen/suites.h: FORCE
	@mkdir -p $(dir $@)
	@printf '%s\n' $(foreach s,$(SUITES),'SUITE($(s))') > $@.tmp
	@if cmp -s $@.tmp $@; then rm -f $@.tmp; else mv $@.tmp $@; fi
FORCE:

$(BUILD)/snipe-tests: $(LIBOBJS) $(TOBJS)
	@echo "  LD    $@"
	@$(CC) $(CFLAGS) -o $@ $^ $(TESTLIBS) $(LDLIBS)

test: deps
	@$(MAKE) --no-print-directory $(BUILD)/snipe $(BUILD)/snipe-tests
	@SNIPE_BIN=$(BUILD)/snipe $(BUILD)/snipe-tests

# Lints the newest standard library installed under /usr/lib with Ruff's default rules plus the
# line rules: the end of the normal report with its summary, then the counts per rule.
demo: deps
	@$(MAKE) --no-print-directory $(BUILD)/snipe
	@lib=$$(ls -d /usr/lib/python3.[0-9]* 2>/dev/null | sort -V | tail -1); \
	if [ -z "$$lib" ]; then apt-get install -y -qq python3 >/dev/null; lib=$$(ls -d /usr/lib/python3.[0-9]* | sort -V | tail -1); fi; \
	echo "== snipe check --extend-select E501,W $$lib   (last 40 lines)"; \
	./$(BUILD)/snipe check --exit-zero --extend-select E501,W "$$lib" | tail -n 40; \
	echo; echo "== snipe check --statistics --extend-select E501,W $$lib"; \
	time -p ./$(BUILD)/snipe check --exit-zero --statistics --extend-select E501,W "$$lib"

bench: all
	@bench/run.sh

clean:
	rm -rf build

-include $(OBJS:.o=.d) $(TOBJS:.o=.d)
