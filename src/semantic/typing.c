/* typing.c: which qualified names are generic types whose subscripts are type expressions
 * (`list[...]`, `typing.Dict[...]`, `collections.abc.Mapping[...]`), as Ruff's tables. */
#include <string.h>

#include "semantic/semantic.h"

static const char *const generics[] = {
    "dict", "frozenset", "list", "set", "tuple", "type",
    "builtins.dict", "builtins.frozenset", "builtins.list", "builtins.set", "builtins.tuple", "builtins.type",
    "collections.ChainMap", "collections.Counter", "typing.ChainMap", "typing.Counter", "typing_extensions.ChainMap",
    "typing_extensions.Counter", "collections.OrderedDict", "typing.OrderedDict", "collections.defaultdict", "collections.deque",
    "collections.abc.AsyncGenerator", "collections.abc.AsyncIterable", "collections.abc.AsyncIterator",
    "collections.abc.Awaitable", "collections.abc.ByteString", "collections.abc.Callable", "collections.abc.Collection",
    "collections.abc.Container", "collections.abc.Coroutine", "collections.abc.Generator", "collections.abc.ItemsView",
    "collections.abc.Iterable", "collections.abc.Iterator", "collections.abc.KeysView", "collections.abc.Mapping",
    "collections.abc.MappingView", "collections.abc.MutableMapping", "collections.abc.MutableSequence",
    "collections.abc.MutableSet", "collections.abc.Reversible", "collections.abc.Sequence", "collections.abc.Set",
    "collections.abc.ValuesView", "contextlib.AbstractAsyncContextManager", "contextlib.AbstractContextManager",
    "re.Match", "re.Pattern", "typing.Match", "typing.Pattern",
    "typing.AbstractSet", "typing.AsyncContextManager", "typing.AsyncGenerator", "typing.AsyncIterator", "typing.Awaitable",
    "typing.BinaryIO", "typing.ByteString", "typing.Callable", "typing.ClassVar", "typing.Collection", "typing.Concatenate",
    "typing.Container", "typing.ContextManager", "typing.Coroutine", "typing.DefaultDict", "typing.Deque", "typing.Dict",
    "typing.Final", "typing.FrozenSet", "typing.Generator", "typing.Generic", "typing.IO", "typing.ItemsView",
    "typing.Iterable", "typing.Iterator", "typing.KeysView", "typing.List", "typing.Mapping", "typing.MutableMapping",
    "typing.MutableSequence", "typing.MutableSet", "typing.Optional", "typing.Reversible", "typing.Sequence", "typing.Set",
    "typing.TextIO", "typing.Tuple", "typing.Type", "typing.TypeGuard", "typing.Union", "typing.Unpack", "typing.ValuesView",
    "typing.io.BinaryIO", "typing.io.IO", "typing.io.TextIO", "typing.re.Match", "typing.re.Pattern",
    "typing_extensions.AsyncContextManager", "typing_extensions.AsyncGenerator", "typing_extensions.AsyncIterable",
    "typing_extensions.AsyncIterator", "typing_extensions.Awaitable", "typing_extensions.ClassVar",
    "typing_extensions.Concatenate", "typing_extensions.ContextManager", "typing_extensions.Coroutine",
    "typing_extensions.DefaultDict", "typing_extensions.Deque", "typing_extensions.Type",
    "weakref.WeakKeyDictionary", "weakref.WeakSet", "weakref.WeakValueDictionary", NULL,
};

/* Members of typing that are generics, for `lint.typing-modules` re-exports. */
static const char *const generic_members[] = {
    "AbstractSet", "AsyncContextManager", "AsyncGenerator", "AsyncIterable", "AsyncIterator", "Awaitable", "BinaryIO",
    "ByteString", "Callable", "ChainMap", "ClassVar", "Collection", "Concatenate", "Container", "ContextManager",
    "Coroutine", "Counter", "DefaultDict", "Deque", "Dict", "Final", "FrozenSet", "Generator", "Generic", "IO",
    "ItemsView", "Iterable", "Iterator", "KeysView", "List", "Mapping", "MappingView", "Match", "MutableMapping",
    "MutableSequence", "MutableSet", "Optional", "OrderedDict", "Pattern", "Reversible", "Sequence", "Set", "TextIO",
    "Tuple", "Type", "TypeGuard", "TypeIs", "Union", "Unpack", "ValuesView", NULL,
};

bool sem_is_std_generic(const char *q, const char *const *typing_modules)
{
    for (const char *const *g = generics; *g; g++)
        if (!strcmp(q, *g))
            return true;
    for (const char *const *t = typing_modules; t && *t; t++) {
        size_t l = strlen(*t);
        if (!strncmp(q, *t, l) && q[l] == '.')
            for (const char *const *m = generic_members; *m; m++)
                if (!strcmp(q + l + 1, *m))
                    return true;
    }
    return false;
}
