/* E902_io_error.c: a file that cannot be read or decoded; reported by the file loader. */
#include "rules/registry.h"

const RuleDoc ruledoc_E902 = {
    "{message}",
    "## What it does\nThis is not a regular diagnostic; instead, it's raised when a file cannot be\n"
    "read from disk.\n\n"
    "## Why is this bad?\nAn `IOError` indicates an error in the development setup. For example, the\n"
    "user may not have permissions to read a given file, or the filesystem may contain a broken\n"
    "symlink.\n\n## Example\nOn Linux or macOS:\n```shell\n$ echo 'print(\"hello world!\")' > a.py\n"
    "$ chmod 000 a.py\n$ ruff a.py\na.py:1:1: E902 Permission denied (os error 13)\n"
    "Found 1 error.\n```\n",
};
