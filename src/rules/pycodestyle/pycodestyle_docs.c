/* pycodestyle_docs.c: the documentation `snipe rule` shows for the pycodestyle rules of the
 * token, logical-line and tree checks: the message format as Ruff writes it, what the rule
 * checks, why, and an example. */
#include "rules/registry.h"

const RuleDoc ruledoc_E111 = {
    "Indentation is not a multiple of {indent_width}",
    "## What it does\nChecks for indentation with a non-multiple of 4 spaces.\n\n## Why is this bad?\nPEP 8 asks for 4 spaces per indentation level; other widths make nesting hard to follow.\n\n## Example\n```python\nif x:\n   y = 1\n```\n\nUse instead:\n```python\nif x:\n    y = 1\n```\n",
};

const RuleDoc ruledoc_E112 = {
    "Expected an indented block",
    "## What it does\nChecks for indented blocks that are lacking indentation.\n\n## Why is this bad?\nA block that is not indented is a syntax error.\n\n## Example\n```python\nfor item in items:\npass\n```\n\nUse instead:\n```python\nfor item in items:\n    pass\n```\n",
};

const RuleDoc ruledoc_E113 = {
    "Unexpected indentation",
    "## What it does\nChecks for unexpected indentation.\n\n## Why is this bad?\nIndentation that no block opens is a syntax error.\n\n## Example\n```python\nx = 1\n    y = 2\n```\n\nUse instead:\n```python\nx = 1\ny = 2\n```\n",
};

const RuleDoc ruledoc_E114 = {
    "Indentation is not a multiple of {indent_width} (comment)",
    "## What it does\nChecks for indentation of comments with a non-multiple of 4 spaces.\n\n## Why is this bad?\nComments indented by a width that is not a multiple of 4 do not line up with the code.\n\n## Example\n```python\nif x:\n     # comment\n    y = 1\n```\n\nUse instead:\n```python\nif x:\n    # comment\n    y = 1\n```\n",
};

const RuleDoc ruledoc_E115 = {
    "Expected an indented block (comment)",
    "## What it does\nChecks for comments in a code blocks that are lacking indentation.\n\n## Why is this bad?\nA comment that should start an indented block sits at the outer level.\n\n## Example\n```python\nif x:\n# comment\n    y = 1\n```\n\nUse instead:\n```python\nif x:\n    # comment\n    y = 1\n```\n",
};

const RuleDoc ruledoc_E116 = {
    "Unexpected indentation (comment)",
    "## What it does\nChecks for unexpected indentation of comment.\n\n## Why is this bad?\nA comment indented more than the code around it suggests a block that is not there.\n\n## Example\n```python\nx = 1\n    # comment\ny = 2\n```\n\nUse instead:\n```python\nx = 1\n# comment\ny = 2\n```\n",
};

const RuleDoc ruledoc_E117 = {
    "Over-indented",
    "## What it does\nChecks for over-indented code.\n\n## Why is this bad?\nA block indented by more than one level is harder to read.\n\n## Example\n```python\ndef f():\n        return 1\n```\n\nUse instead:\n```python\ndef f():\n    return 1\n```\n",
};

const RuleDoc ruledoc_E201 = {
    "Whitespace after '{symbol}'",
    "## What it does\nChecks for the use of extraneous whitespace after \"(\", \"[\" or \"{\".\n\n## Why is this bad?\nPEP 8 advises against whitespace right inside brackets.\n\n## Example\n```python\nspam( ham[1], {eggs: 2})\n```\n\nUse instead:\n```python\nspam(ham[1], {eggs: 2})\n```\n",
};

const RuleDoc ruledoc_E202 = {
    "Whitespace before '{symbol}'",
    "## What it does\nChecks for the use of extraneous whitespace before \")\", \"]\" or \"}\".\n\n## Why is this bad?\nPEP 8 advises against whitespace right inside brackets.\n\n## Example\n```python\nspam(ham[1], {eggs: 2} )\n```\n\nUse instead:\n```python\nspam(ham[1], {eggs: 2})\n```\n",
};

const RuleDoc ruledoc_E203 = {
    "Whitespace before '{symbol}'",
    "## What it does\nChecks for the use of extraneous whitespace before \",\", \";\" or \":\".\n\n## Why is this bad?\nPEP 8 advises against whitespace before a comma, semicolon or colon (slices may space their colons evenly).\n\n## Example\n```python\nif x == 4 :\n    print(x , y)\n```\n\nUse instead:\n```python\nif x == 4:\n    print(x, y)\n```\n",
};

const RuleDoc ruledoc_E204 = {
    "Whitespace after decorator",
    "## What it does\nChecks for trailing whitespace after a decorator's opening `@`.\n\n## Why is this bad?\nThe decorator name belongs right after the `@`.\n\n## Example\n```python\n@ decorator\ndef f():\n    pass\n```\n\nUse instead:\n```python\n@decorator\ndef f():\n    pass\n```\n",
};

const RuleDoc ruledoc_E211 = {
    "Whitespace before '{bracket}'",
    "## What it does\nChecks for extraneous whitespace immediately preceding an open parenthesis or bracket.\n\n## Why is this bad?\nPEP 8 advises against whitespace between a callable or subscripted object and its bracket.\n\n## Example\n```python\nspam (1)\nitems ['key']\n```\n\nUse instead:\n```python\nspam(1)\nitems['key']\n```\n",
};

const RuleDoc ruledoc_E221 = {
    "Multiple spaces before operator",
    "## What it does\nChecks for extraneous whitespace before an operator.\n\n## Why is this bad?\nAlignment spaces before operators make edits noisy and the code harder to scan.\n\n## Example\n```python\nx    = 1\n```\n\nUse instead:\n```python\nx = 1\n```\n",
};

const RuleDoc ruledoc_E222 = {
    "Multiple spaces after operator",
    "## What it does\nChecks for extraneous whitespace after an operator.\n\n## Why is this bad?\nExtra spaces after an operator are inconsistent with the rest of the code.\n\n## Example\n```python\nx = 1 +  2\n```\n\nUse instead:\n```python\nx = 1 + 2\n```\n",
};

const RuleDoc ruledoc_E223 = {
    "Tab before operator",
    "## What it does\nChecks for extraneous tabs before an operator.\n\n## Why is this bad?\nTabs around operators render differently in every editor.\n\n## Example\n```python\nx = 1	+ 2\n```\n\nUse instead:\n```python\nx = 1 + 2\n```\n",
};

const RuleDoc ruledoc_E224 = {
    "Tab after operator",
    "## What it does\nChecks for extraneous tabs after an operator.\n\n## Why is this bad?\nTabs around operators render differently in every editor.\n\n## Example\n```python\nx = 1 +	2\n```\n\nUse instead:\n```python\nx = 1 + 2\n```\n",
};

const RuleDoc ruledoc_E225 = {
    "Missing whitespace around operator",
    "## What it does\nChecks for missing whitespace around all operators.\n\n## Why is this bad?\nPEP 8 asks for one space on each side of assignment, comparison and boolean operators.\n\n## Example\n```python\nif x>y:\n    z=x\n```\n\nUse instead:\n```python\nif x > y:\n    z = x\n```\n",
};

const RuleDoc ruledoc_E226 = {
    "Missing whitespace around arithmetic operator",
    "## What it does\nChecks for missing whitespace arithmetic operators.\n\n## Why is this bad?\nConsistent spacing around arithmetic operators makes expressions easier to read.\n\n## Example\n```python\nc = (a+b) * (a-b)\n```\n\nUse instead:\n```python\nc = (a + b) * (a - b)\n```\n",
};

const RuleDoc ruledoc_E227 = {
    "Missing whitespace around bitwise or shift operator",
    "## What it does\nChecks for missing whitespace around bitwise and shift operators.\n\n## Why is this bad?\nConsistent spacing around bitwise and shift operators makes expressions easier to read.\n\n## Example\n```python\nc = a|b\n```\n\nUse instead:\n```python\nc = a | b\n```\n",
};

const RuleDoc ruledoc_E228 = {
    "Missing whitespace around modulo operator",
    "## What it does\nChecks for missing whitespace around the modulo operator.\n\n## Why is this bad?\nConsistent spacing around the modulo operator makes expressions easier to read.\n\n## Example\n```python\nmsg = fmt%(a, b)\n```\n\nUse instead:\n```python\nmsg = fmt % (a, b)\n```\n",
};

const RuleDoc ruledoc_E231 = {
    "Missing whitespace after {token}",
    "## What it does\nChecks for missing whitespace after `,`, `;`, and `:`.\n\n## Why is this bad?\nPEP 8 asks for a space after commas, semicolons and colons (slices excepted).\n\n## Example\n```python\na = (1,2)\nb = {1:2}\n```\n\nUse instead:\n```python\na = (1, 2)\nb = {1: 2}\n```\n",
};

const RuleDoc ruledoc_E241 = {
    "Multiple spaces after comma",
    "## What it does\nChecks for extraneous whitespace after a comma.\n\n## Why is this bad?\nSeveral spaces after a comma are usually alignment, which breaks with the next edit.\n\n## Example\n```python\na = (1,  2)\n```\n\nUse instead:\n```python\na = (1, 2)\n```\n",
};

const RuleDoc ruledoc_E242 = {
    "Tab after comma",
    "## What it does\nChecks for extraneous tabs after a comma.\n\n## Why is this bad?\nTabs after a comma render differently in every editor.\n\n## Example\n```python\na = (1,	2)\n```\n\nUse instead:\n```python\na = (1, 2)\n```\n",
};

const RuleDoc ruledoc_E251 = {
    "Unexpected spaces around keyword / parameter equals",
    "## What it does\nChecks for missing whitespace around the equals sign in an unannotated function keyword parameter.\n\n## Why is this bad?\nPEP 8 asks for no spaces around `=` of keyword arguments and unannotated defaults.\n\n## Example\n```python\ndef f(a = 1):\n    return a\nf(a = 2)\n```\n\nUse instead:\n```python\ndef f(a=1):\n    return a\nf(a=2)\n```\n",
};

const RuleDoc ruledoc_E252 = {
    "Missing whitespace around parameter equals",
    "## What it does\nChecks for missing whitespace around the equals sign in an annotated function keyword parameter.\n\n## Why is this bad?\nPEP 8 asks for spaces around `=` of annotated defaults.\n\n## Example\n```python\ndef f(a: int=1):\n    return a\n```\n\nUse instead:\n```python\ndef f(a: int = 1):\n    return a\n```\n",
};

const RuleDoc ruledoc_E261 = {
    "Insert at least two spaces before an inline comment",
    "## What it does\nChecks if inline comments are separated by at least two spaces.\n\n## Why is this bad?\nPEP 8 asks for at least two spaces between code and an inline comment.\n\n## Example\n```python\nx = 1 # comment\n```\n\nUse instead:\n```python\nx = 1  # comment\n```\n",
};

const RuleDoc ruledoc_E262 = {
    "Inline comment should start with `# `",
    "## What it does\nChecks if one space is used after inline comments.\n\n## Why is this bad?\nPEP 8 asks for inline comments to start with `# `.\n\n## Example\n```python\nx = 1  #comment\n```\n\nUse instead:\n```python\nx = 1  # comment\n```\n",
};

const RuleDoc ruledoc_E265 = {
    "Block comment should start with `# `",
    "## What it does\nChecks for block comments that lack a single space after the leading `#` character.\n\n## Why is this bad?\nPEP 8 asks for block comments to start with `# `.\n\n## Example\n```python\n#comment\nx = 1\n```\n\nUse instead:\n```python\n# comment\nx = 1\n```\n",
};

const RuleDoc ruledoc_E266 = {
    "Too many leading `#` before block comment",
    "## What it does\nChecks for block comments that start with multiple leading `#` characters.\n\n## Why is this bad?\nSeveral leading `#` make a block comment look like a heading or disabled code.\n\n## Example\n```python\n### comment\nx = 1\n```\n\nUse instead:\n```python\n# comment\nx = 1\n```\n",
};

const RuleDoc ruledoc_E271 = {
    "Multiple spaces after keyword",
    "## What it does\nChecks for extraneous whitespace after keywords.\n\n## Why is this bad?\nExtra spaces after a keyword are inconsistent with the rest of the code.\n\n## Example\n```python\nx = a and  b\n```\n\nUse instead:\n```python\nx = a and b\n```\n",
};

const RuleDoc ruledoc_E272 = {
    "Multiple spaces before keyword",
    "## What it does\nChecks for extraneous whitespace before keywords.\n\n## Why is this bad?\nExtra spaces before a keyword are inconsistent with the rest of the code.\n\n## Example\n```python\nx = a  and b\n```\n\nUse instead:\n```python\nx = a and b\n```\n",
};

const RuleDoc ruledoc_E273 = {
    "Tab after keyword",
    "## What it does\nChecks for extraneous tabs after keywords.\n\n## Why is this bad?\nTabs around keywords render differently in every editor.\n\n## Example\n```python\nx = a and	b\n```\n\nUse instead:\n```python\nx = a and b\n```\n",
};

const RuleDoc ruledoc_E274 = {
    "Tab before keyword",
    "## What it does\nChecks for extraneous tabs before keywords.\n\n## Why is this bad?\nTabs around keywords render differently in every editor.\n\n## Example\n```python\nx = a	and b\n```\n\nUse instead:\n```python\nx = a and b\n```\n",
};

const RuleDoc ruledoc_E275 = {
    "Missing whitespace after keyword",
    "## What it does\nChecks for missing whitespace after keywords.\n\n## Why is this bad?\nA keyword glued to what follows reads like a call.\n\n## Example\n```python\nif(x):\n    pass\nx = not(y)\n```\n\nUse instead:\n```python\nif (x):\n    pass\nx = not (y)\n```\n",
};

const RuleDoc ruledoc_E301 = {
    "Expected {BLANK_LINES_NESTED_LEVEL:?} blank line, found 0",
    "## What it does\nChecks for missing blank lines between methods of a class.\n\n## Why is this bad?\nPEP 8 asks for one blank line between the methods of a class.\n\n## Example\n```python\nclass C:\n    def a(self):\n        pass\n    def b(self):\n        pass\n```\n\nUse instead:\n```python\nclass C:\n    def a(self):\n        pass\n\n    def b(self):\n        pass\n```\n",
};

const RuleDoc ruledoc_E302 = {
    "Expected {expected_blank_lines:?} blank lines, found {actual_blank_lines}",
    "## What it does\nChecks for missing blank lines between top level functions and classes.\n\n## Why is this bad?\nPEP 8 asks for two blank lines around top-level functions and classes.\n\n## Example\n```python\nx = 1\ndef f():\n    pass\n```\n\nUse instead:\n```python\nx = 1\n\n\ndef f():\n    pass\n```\n",
};

const RuleDoc ruledoc_E303 = {
    "Too many blank lines ({actual_blank_lines})",
    "## What it does\nChecks for extraneous blank lines.\n\n## Why is this bad?\nRuns of blank lines spread code out without grouping it.\n\n## Example\n```python\nx = 1\n\n\n\ny = 2\n```\n\nUse instead:\n```python\nx = 1\n\n\ny = 2\n```\n",
};

const RuleDoc ruledoc_E304 = {
    "Blank lines found after function decorator ({lines})",
    "## What it does\nChecks for extraneous blank line(s) after function decorators.\n\n## Why is this bad?\nA blank line separates a decorator from the definition it decorates.\n\n## Example\n```python\n@decorator\n\ndef f():\n    pass\n```\n\nUse instead:\n```python\n@decorator\ndef f():\n    pass\n```\n",
};

const RuleDoc ruledoc_E305 = {
    "Expected 2 blank lines after class or function definition, found ({blank_lines})",
    "## What it does\nChecks for missing blank lines after the end of function or class.\n\n## Why is this bad?\nPEP 8 asks for two blank lines after a top-level function or class.\n\n## Example\n```python\ndef f():\n    pass\nx = 1\n```\n\nUse instead:\n```python\ndef f():\n    pass\n\n\nx = 1\n```\n",
};

const RuleDoc ruledoc_E306 = {
    "Expected 1 blank line before a nested definition, found 0",
    "## What it does\nChecks for 1 blank line between nested function or class definitions.\n\n## Why is this bad?\nA nested definition glued to the code before it is easy to miss.\n\n## Example\n```python\ndef f():\n    x = 1\n    def g():\n        pass\n```\n\nUse instead:\n```python\ndef f():\n    x = 1\n\n    def g():\n        pass\n```\n",
};

const RuleDoc ruledoc_E401 = {
    "Multiple imports on one line",
    "## What it does\nCheck for multiple imports on one line.\n\n## Why is this bad?\nPEP 8 asks for one import per line: diffs and sorting stay simple.\n\n## Example\n```python\nimport os, sys\n```\n\nUse instead:\n```python\nimport os\nimport sys\n```\n",
};

const RuleDoc ruledoc_E402 = {
    "Module level import not at top of file",
    "## What it does\nChecks for imports that are not at the top of the file.\n\n## Why is this bad?\nImports at the top show a module's dependencies at a glance and run before the code that needs them.\n\n## Example\n```python\nx = 1\nimport os\n```\n\nUse instead:\n```python\nimport os\nx = 1\n```\n",
};

const RuleDoc ruledoc_E502 = {
    "Redundant backslash",
    "## What it does\nChecks for redundant backslashes between brackets.\n\n## Why is this bad?\nInside brackets lines continue on their own; a backslash there is noise.\n\n## Example\n```python\nx = (1 + \\\n     2)\n```\n\nUse instead:\n```python\nx = (1 +\n     2)\n```\n",
};

const RuleDoc ruledoc_E701 = {
    "Multiple statements on one line (colon)",
    "## What it does\nChecks for compound statements (multiple statements on the same line).\n\n## Why is this bad?\nSeveral statements on one line are harder to read and to step through.\n\n## Example\n```python\nif x: y = 1\n```\n\nUse instead:\n```python\nif x:\n    y = 1\n```\n",
};

const RuleDoc ruledoc_E702 = {
    "Multiple statements on one line (semicolon)",
    "## What it does\nChecks for multiline statements on one line.\n\n## Why is this bad?\nSeveral statements on one line are harder to read and to step through.\n\n## Example\n```python\nimport os; import sys\n```\n\nUse instead:\n```python\nimport os\nimport sys\n```\n",
};

const RuleDoc ruledoc_E703 = {
    "Statement ends with an unnecessary semicolon",
    "## What it does\nChecks for statements that end with an unnecessary semicolon.\n\n## Why is this bad?\nA trailing semicolon does nothing in Python.\n\n## Example\n```python\nx = 1;\n```\n\nUse instead:\n```python\nx = 1\n```\n",
};

const RuleDoc ruledoc_E711 = {
    "Comparison to `None` should be `cond is None`",
    "## What it does\nChecks for comparisons to `None` which are not using the `is` operator.\n\n## Why is this bad?\n`None` is a singleton: compare it by identity; `==` can be overridden.\n\n## Example\n```python\nif x == None:\n    pass\n```\n\nUse instead:\n```python\nif x is None:\n    pass\n```\n",
};

const RuleDoc ruledoc_E712 = {
    "Avoid equality comparisons to `True`; use `{cond}:` for truth checks",
    "## What it does\nChecks for equality comparisons to boolean literals.\n\n## Why is this bad?\nComparing to `True` or `False` with `==` is redundant and can be overridden.\n\n## Example\n```python\nif x == True:\n    pass\n```\n\nUse instead:\n```python\nif x:\n    pass\n```\n",
};

const RuleDoc ruledoc_E713 = {
    "Test for membership should be `not in`",
    "## What it does\nChecks for membership tests using `not {element} in {collection}`.\n\n## Why is this bad?\n`not x in y` reads as `(not x) in y`; `not in` is one operator.\n\n## Example\n```python\nif not x in y:\n    pass\n```\n\nUse instead:\n```python\nif x not in y:\n    pass\n```\n",
};

const RuleDoc ruledoc_E714 = {
    "Test for object identity should be `is not`",
    "## What it does\nChecks for identity comparisons using `not {foo} is {bar}`.\n\n## Why is this bad?\n`not x is y` reads as `(not x) is y`; `is not` is one operator.\n\n## Example\n```python\nif not x is y:\n    pass\n```\n\nUse instead:\n```python\nif x is not y:\n    pass\n```\n",
};

const RuleDoc ruledoc_E721 = {
    "Use `is` and `is not` for type comparisons, or `isinstance()` for isinstance checks",
    "## What it does\nChecks for object type comparisons using `==` and other comparison operators.\n\n## Why is this bad?\n`type(a) == type(b)` ignores subclasses and can be overridden; compare types with `is`, or use `isinstance`.\n\n## Example\n```python\nif type(x) == int:\n    pass\n```\n\nUse instead:\n```python\nif isinstance(x, int):\n    pass\n```\n",
};

const RuleDoc ruledoc_E722 = {
    "Do not use bare `except`",
    "## What it does\nChecks for bare `except` catches in `try`-`except` statements.\n\n## Why is this bad?\nA bare `except` also catches `KeyboardInterrupt` and `SystemExit`, hiding real problems.\n\n## Example\n```python\ntry:\n    f()\nexcept:\n    pass\n```\n\nUse instead:\n```python\ntry:\n    f()\nexcept Exception:\n    pass\n```\n",
};

const RuleDoc ruledoc_E731 = {
    "Do not assign a `lambda` expression, use a `def`",
    "## What it does\nChecks for lambda expressions which are assigned to a variable.\n\n## Why is this bad?\nA `def` gives the function a name in tracebacks and room for a docstring.\n\n## Example\n```python\nf = lambda x: 2 * x\n```\n\nUse instead:\n```python\ndef f(x):\n    return 2 * x\n```\n",
};

const RuleDoc ruledoc_E741 = {
    "Ambiguous variable name: `{name}`",
    "## What it does\nChecks for the use of the characters 'l', 'O', or 'I' as variable names.\n\n## Why is this bad?\n`l`, `O` and `I` are easily mistaken for `1` and `0` in many fonts.\n\n## Example\n```python\nl = 0\n```\n\nUse instead:\n```python\nlength = 0\n```\n",
};

const RuleDoc ruledoc_E742 = {
    "Ambiguous class name: `{name}`",
    "## What it does\nChecks for the use of the characters 'l', 'O', or 'I' as class names.\n\n## Why is this bad?\n`l`, `O` and `I` are easily mistaken for `1` and `0` in many fonts.\n\n## Example\n```python\nclass I(object):\n    pass\n```\n\nUse instead:\n```python\nclass Identity(object):\n    pass\n```\n",
};

const RuleDoc ruledoc_E743 = {
    "Ambiguous function name: `{name}`",
    "## What it does\nChecks for the use of the characters 'l', 'O', or 'I' as function names.\n\n## Why is this bad?\n`l`, `O` and `I` are easily mistaken for `1` and `0` in many fonts.\n\n## Example\n```python\ndef l(x):\n    return x\n```\n\nUse instead:\n```python\ndef identity(x):\n    return x\n```\n",
};

const RuleDoc ruledoc_W391 = {
    "Too many newlines at end of {domain}",
    "## What it does\nChecks for files with multiple trailing blank lines.\n\n## Why is this bad?\nBlank lines at the end of a file are noise in diffs.\n\n## Example\n```python\nx = 1\n\n\n```\n\nUse instead:\n```python\nx = 1\n\n```\n",
};

const RuleDoc ruledoc_W505 = {
    "Doc line too long ({width} > {limit})",
    "## What it does\nChecks for doc lines that exceed the specified maximum character length.\n\n## Why is this bad?\nLong comment and docstring lines are hard to read; `lint.pycodestyle.max-doc-length` sets the limit (unset: no check).\n\n## Example\n```python\n# A comment line that goes on well past the configured maximum doc length\n```\n\nUse instead:\n```python\n# A comment line that stays\n# within the limit\n```\n",
};

const RuleDoc ruledoc_W605 = {
    "Invalid escape sequence: `\\{ch}`",
    "## What it does\nChecks for invalid escape sequences.\n\n## Why is this bad?\nA backslash before a character that starts no escape sequence is deprecated and will become an error.\n\n## Example\n```python\nregex = \"\\.png$\"\n```\n\nUse instead:\n```python\nregex = r\"\\.png$\"\n```\n",
};
