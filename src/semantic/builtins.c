/* builtins.c: the names Python's builtins module and every module's globals provide, per target
 * version, as Ruff's tables list them. */
#include <string.h>

#include "semantic/semantic.h"

/* name, first minor version that has it */
typedef struct BuiltinName {
    const char *name;
    int since;
} BuiltinName;

/* Sorted by name (byte order) for the binary search below. */
static const BuiltinName builtin_names[] = {
    {"ArithmeticError", 0},
    {"AssertionError", 0},
    {"AttributeError", 0},
    {"BaseException", 0},
    {"BaseExceptionGroup", 11},
    {"BlockingIOError", 0},
    {"BrokenPipeError", 0},
    {"BufferError", 0},
    {"BytesWarning", 0},
    {"ChildProcessError", 0},
    {"ConnectionAbortedError", 0},
    {"ConnectionError", 0},
    {"ConnectionRefusedError", 0},
    {"ConnectionResetError", 0},
    {"DeprecationWarning", 0},
    {"EOFError", 0},
    {"Ellipsis", 0},
    {"EncodingWarning", 10},
    {"EnvironmentError", 0},
    {"Exception", 0},
    {"ExceptionGroup", 11},
    {"False", 0},
    {"FileExistsError", 0},
    {"FileNotFoundError", 0},
    {"FloatingPointError", 0},
    {"FutureWarning", 0},
    {"GeneratorExit", 0},
    {"IOError", 0},
    {"ImportError", 0},
    {"ImportWarning", 0},
    {"IndentationError", 0},
    {"IndexError", 0},
    {"InterruptedError", 0},
    {"IsADirectoryError", 0},
    {"KeyError", 0},
    {"KeyboardInterrupt", 0},
    {"LookupError", 0},
    {"MemoryError", 0},
    {"ModuleNotFoundError", 0},
    {"NameError", 0},
    {"None", 0},
    {"NotADirectoryError", 0},
    {"NotImplemented", 0},
    {"NotImplementedError", 0},
    {"OSError", 0},
    {"OverflowError", 0},
    {"PendingDeprecationWarning", 0},
    {"PermissionError", 0},
    {"ProcessLookupError", 0},
    {"PythonFinalizationError", 13},
    {"RecursionError", 0},
    {"ReferenceError", 0},
    {"ResourceWarning", 0},
    {"RuntimeError", 0},
    {"RuntimeWarning", 0},
    {"StopAsyncIteration", 0},
    {"StopIteration", 0},
    {"SyntaxError", 0},
    {"SyntaxWarning", 0},
    {"SystemError", 0},
    {"SystemExit", 0},
    {"TabError", 0},
    {"TimeoutError", 0},
    {"True", 0},
    {"TypeError", 0},
    {"UnboundLocalError", 0},
    {"UnicodeDecodeError", 0},
    {"UnicodeEncodeError", 0},
    {"UnicodeError", 0},
    {"UnicodeTranslateError", 0},
    {"UnicodeWarning", 0},
    {"UserWarning", 0},
    {"ValueError", 0},
    {"Warning", 0},
    {"WindowsError", 0},
    {"ZeroDivisionError", 0},
    {"__annotations__", 0},
    {"__build_class__", 0},
    {"__builtins__", 0},
    {"__cached__", 0},
    {"__debug__", 0},
    {"__doc__", 0},
    {"__file__", 0},
    {"__import__", 0},
    {"__loader__", 0},
    {"__name__", 0},
    {"__package__", 0},
    {"__spec__", 0},
    {"abs", 0},
    {"aiter", 10},
    {"all", 0},
    {"anext", 10},
    {"any", 0},
    {"ascii", 0},
    {"bin", 0},
    {"bool", 0},
    {"breakpoint", 0},
    {"bytearray", 0},
    {"bytes", 0},
    {"callable", 0},
    {"chr", 0},
    {"classmethod", 0},
    {"compile", 0},
    {"complex", 0},
    {"copyright", 0},
    {"credits", 0},
    {"delattr", 0},
    {"dict", 0},
    {"dir", 0},
    {"divmod", 0},
    {"enumerate", 0},
    {"eval", 0},
    {"exec", 0},
    {"exit", 0},
    {"filter", 0},
    {"float", 0},
    {"format", 0},
    {"frozenset", 0},
    {"getattr", 0},
    {"globals", 0},
    {"hasattr", 0},
    {"hash", 0},
    {"help", 0},
    {"hex", 0},
    {"id", 0},
    {"input", 0},
    {"int", 0},
    {"isinstance", 0},
    {"issubclass", 0},
    {"iter", 0},
    {"len", 0},
    {"license", 0},
    {"list", 0},
    {"locals", 0},
    {"map", 0},
    {"max", 0},
    {"memoryview", 0},
    {"min", 0},
    {"next", 0},
    {"object", 0},
    {"oct", 0},
    {"open", 0},
    {"ord", 0},
    {"pow", 0},
    {"print", 0},
    {"property", 0},
    {"quit", 0},
    {"range", 0},
    {"repr", 0},
    {"reversed", 0},
    {"round", 0},
    {"set", 0},
    {"setattr", 0},
    {"slice", 0},
    {"sorted", 0},
    {"staticmethod", 0},
    {"str", 0},
    {"sum", 0},
    {"super", 0},
    {"tuple", 0},
    {"type", 0},
    {"vars", 0},
    {"zip", 0},
};

bool builtin_exists(Str name, int minor)
{
    size_t lo = 0, hi = sizeof builtin_names / sizeof builtin_names[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const char *b = builtin_names[mid].name;
        size_t bl = strlen(b), n = name.len < bl ? name.len : bl;
        int c = memcmp(name.ptr, b, n);
        if (c == 0)
            c = name.len < bl ? -1 : name.len > bl;
        if (c == 0)
            return builtin_names[mid].since <= minor;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return false;
}

void builtins_each(int minor, void (*fn)(void *ctx, const char *name), void *ctx)
{
    for (size_t i = 0; i < sizeof builtin_names / sizeof builtin_names[0]; i++)
        if (builtin_names[i].since <= minor)
            fn(ctx, builtin_names[i].name);
}
