"""No class of ours overrides a private member (`_name`) of a library's class: such a member may
change or vanish in any release of the library without notice."""

import importlib
import inspect
import pkgutil
from collections.abc import Iterator

OUR_PACKAGES = ("app", "models", "rules", "resolvers", "schema")


def our_classes() -> Iterator[type]:
    for package_name in OUR_PACKAGES:
        package = importlib.import_module(package_name)
        modules = pkgutil.walk_packages(package.__path__, prefix=f"{package_name}.")
        for info in modules:
            if info.name.endswith("__main__"):
                continue
            module = importlib.import_module(info.name)
            for _, cls in inspect.getmembers(module, inspect.isclass):
                if cls.__module__ == module.__name__:
                    yield cls


def is_ours(cls: type) -> bool:
    return cls.__module__.split(".")[0] in OUR_PACKAGES or cls.__module__ == "builtins"


def written_in(cls: type, value: object) -> bool:
    """Whether `value` is a function (or property, class or static method) of `cls`'s own body,
    rather than something a metaclass or decorator put there."""
    if isinstance(value, staticmethod | classmethod):
        value = value.__func__
    if isinstance(value, property):
        value = value.fget
    qualname = getattr(value, "__qualname__", "")
    return inspect.isfunction(value) and qualname.startswith(f"{cls.__qualname__}.")


def private_overrides(cls: type) -> list[str]:
    found = []
    for name, value in vars(cls).items():
        if not name.startswith("_") or name.startswith("__") or not written_in(cls, value):
            continue
        for base in cls.__mro__[1:]:
            if not is_ours(base) and name in vars(base):
                found.append(
                    f"{cls.__module__}.{cls.__qualname__}.{name} overrides "
                    f"{base.__module__}.{base.__qualname__}.{name}"
                )
    return found


def test_no_class_of_ours_overrides_a_private_member_of_a_library() -> None:
    found = [override for cls in set(our_classes()) for override in private_overrides(cls)]
    assert found == []
