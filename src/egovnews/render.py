"""Rendering: from a plan and its facts to sentences, through Jinja2 templates per language.

One Environment per (language, templates folder, sandboxing). A user's folder comes
before the defaults (a ChoiceLoader), so a newsroom overrides a template by giving a file
of the same name; user templates are rendered in Jinja2's immutable sandbox. Rendering is
strict: a missing variable is an error, never an empty string.

Variation: a template asks ``variant("plain", "inverted")`` for one of its named wordings
(``part="…"`` for a second, independent choice; ``variant(n)`` still gives an index from 0
to n - 1 for older templates); ``alternate("a", "b")`` picks one for the article and then
rotates, so that consecutive sentences of one template change their structure. The choice
comes from a hash of (country, edition, language, seed, template, occurrence), so the same
input always gives the same article and 193 articles do not read alike.

Each sentence also gets ``it``, the article's country as that sentence refers to it (its
name, a short form, "the country" or a pronoun), chosen by :class:`~egovnews.refer.Referrer`
from what the sentences before it said.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import hashlib
import marshal
import os
import re
import signal
import sys
import threading
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import jinja2
import jinja2.compiler
import jinja2.runtime
import jinja2.nodes
from jinja2.sandbox import ImmutableSandboxedEnvironment

from .article import Article, Paragraph, Section, Sentence
from .countries import countries
from .errors import EgovError
from .plan import ROLES, ArticlePlan, SentencePlan
from .refer import Reference, Referrer
from .resources import templates_dir
from .text import unsafe_character

try:  # CPython's own sha256 copies its state with a memcpy; OpenSSL's, through EVP, costs more
    from _sha256 import sha256 as _sha256
except ImportError:  # another interpreter: the same digest from hashlib
    _sha256 = hashlib.sha256

TEMPLATE_SUFFIX = ".j2"
#: Abbreviations spelled out where the body first uses them; headlines and subheadings keep
#: the short form, as the press does.
INTRODUCED = ("index:EGDI",)


#: What a template sees besides the language's helpers (documented in templates/README.md).
CONTEXT: dict[str, str] = {
    "f": "the sentence's first fact",
    "facts": "every fact the sentence states, in the plan's order",
    "by_kind": "those facts by kind (`by_kind.standing`, `by_kind.change`)",
    "frame": "the plan's named choice of what the sentence tells (see the frames below)",
    "say": "the options the sentence includes: `{% if 'value' in say %}`",
    "named": "the countries the sentence names, by role: `named.tied` (empty when none)",
    "it": "the article's country as this sentence refers to it: `{{ it }}` (subject), "
    "`it.form('gen')`, `'classé'|agree(it)`; name, short form, \"the country\" or pronoun",
    "variant": "`variant('plain', 'inverted')` picks one named wording, the same for the same input "
    "(`part='…'` for a second choice; `variant(n)` gives an index, for older templates)",
    "alternate": "`alternate('a', 'b')`: like `variant`, but consecutive sentences of the template take turns",
    "story": "what the rank and its change tell (a `standing` frame), whatever the angle: a house "
    "headline that words only rank stories branches on `story`, not on `frame`",
    "first": "whether the sentence opens its paragraph",
    "repeat": "how many sentences of this template came before in the article",
    "style": "the house style (`style.tie_wording`, `style.subregion_word`): wording a house chooses, not judgement",
}


class TemplateError(EgovError):
    """A template that cannot be loaded or rendered; the message names the file and line."""


def _where(name: str, error: BaseException) -> str:
    """``file:line`` of the template line that raised, from Jinja2's rewritten traceback."""
    where = name
    tb = error.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(TEMPLATE_SUFFIX):
            where = f"{filename}:{tb.tb_lineno}"
        tb = tb.tb_next
    return where


def _template_error(error: Exception, name: str) -> TemplateError:
    if isinstance(error, jinja2.TemplateSyntaxError):
        where = error.filename or error.name or name
        return TemplateError(f"{where}:{error.lineno}: template syntax error: {error.message}")
    if isinstance(error, jinja2.TemplateNotFound):
        return TemplateError(f"no template {error.name!r} for this language")
    where = _where(name, error)
    if isinstance(error, jinja2.exceptions.SecurityError):
        return TemplateError(f"{where}: refused by the sandbox: {error}")
    if isinstance(error, jinja2.UndefinedError):
        return TemplateError(f"{where}: undefined variable: {error.message}")
    return TemplateError(f"{where}: {type(error).__name__}: {error}")


class _DirectCalls(jinja2.compiler.CodeGenerator):
    """Jinja2's code generator, writing ``f(x)`` where Jinja2 writes ``context.call(f, x)``:
    that indirection looks for ``pass_context`` markers on every call, about a hundred times
    an article, and the shipped templates call no marked function (environment() checks
    the globals). Calls that forward a ``caller`` keep Jinja2's way; the sandbox never gets here."""

    def visit_Call(self, node: jinja2.nodes.Call, frame: jinja2.compiler.Frame, forward_caller: bool = False) -> None:
        if forward_caller or self.environment.sandboxed or self.environment.is_async:
            super().visit_Call(node, frame, forward_caller=forward_caller)  # Jinja2's decorator takes it by name only
            return
        self.write("(")
        self.visit(node.node, frame)
        self.write(")(*()")  # signature() writes ", a, b": after an empty *() that reads as a call
        self.signature(node, frame, None)
        self.write(")")

    def enter_frame(self, frame: jinja2.compiler.Frame) -> None:
        # Names the template takes from its context, read in place rather than through a call
        # of Context.resolve_or_missing each (a dozen a sentence): the same lookups, in order.
        if self.environment.sandboxed or self.environment.is_async or self.get_resolve_func() != "resolve":
            super().enter_frame(frame)
            return
        loads = frame.symbols.loads
        if any(action == jinja2.compiler.VAR_LOAD_RESOLVE for action, _ in loads.values()):
            self.writeline("_vars, _parent = context.vars, context.parent")
        undefined = []
        for target, (action, param) in loads.items():
            if action == jinja2.compiler.VAR_LOAD_RESOLVE:
                self.writeline(f"{target} = _vars[{param!r}] if {param!r} in _vars else _parent[{param!r}] if {param!r} in _parent else missing")
            elif action == jinja2.compiler.VAR_LOAD_ALIAS:
                self.writeline(f"{target} = {param}")
            elif action == jinja2.compiler.VAR_LOAD_UNDEFINED:
                undefined.append(target)
            elif action != jinja2.compiler.VAR_LOAD_PARAMETER:
                raise NotImplementedError("unknown load instruction")
        if undefined:
            self.writeline(f"{' = '.join(undefined)} = missing")

    #: How Jinja2 opens the value of a {% set %} block: Markup or not, asked at run time.
    _MARKUP_OR_NOT = " = (Markup if context.eval_ctx.autoescape else identity)("
    _plain_blocks = False

    def visit_AssignBlock(self, node: jinja2.nodes.AssignBlock, frame: jinja2.compiler.Frame) -> None:
        # A {% set %} block's text is plain when autoescape is off for good (no template here
        # changes it: {% autoescape %} is refused): Jinja2's own code, without the question and
        # the call of identity() (a dozen an article).
        if self.environment.sandboxed or self.environment.is_async or frame.eval_ctx.autoescape or frame.eval_ctx.volatile:
            super().visit_AssignBlock(node, frame)
            return
        self._plain_blocks = True
        try:
            super().visit_AssignBlock(node, frame)
        finally:
            self._plain_blocks = False

    def write(self, x: str) -> None:
        super().write(" = (" if self._plain_blocks and x == self._MARKUP_OR_NOT else x)

    def visit_EvalContextModifier(self, node: jinja2.nodes.EvalContextModifier, frame: jinja2.compiler.Frame) -> None:
        # Every sentence's context shares one EvalContext (_context_maker): a template that
        # changed it ({% autoescape %}) would change it for the sentences after, and for those
        # another thread renders meanwhile. The shipped templates write plain text.
        if not (self.environment.sandboxed or self.environment.is_async):
            self.fail("{% autoescape %} is not supported in the shipped templates: they write plain text, escaped by each output", node.lineno)
        super().visit_EvalContextModifier(node, frame)

    def visit_Getattr(self, node: jinja2.nodes.Getattr, frame: jinja2.compiler.Frame) -> None:
        # ``f.rank`` on a variable: Python's getattr first, Jinja2's (item, then undefined)
        # only when the object has no such attribute; one call rather than two. The object is
        # named once (``_object``): the compiled templates stay small (peak memory).
        if self.environment.sandboxed or self.environment.is_async or not isinstance(node.node, jinja2.nodes.Name):
            super().visit_Getattr(node, frame)
            return
        self.write("(_found if (_found := getattr((_object := ")
        self.visit(node.node, frame)
        self.write(f"), {node.attr!r}, missing)) is not missing else environment.getattr(_object, {node.attr!r}))")

    def _import_common(self, node: jinja2.nodes.Import | jinja2.nodes.FromImport, frame: jinja2.compiler.Frame) -> None:
        # An import without context (``{% import '_group.j2' as g %}`` in most sentences)
        # asks the environment for the module it made the first time (_Environment.imported).
        if node.with_context or self.environment.sandboxed or self.environment.is_async:
            super()._import_common(node, frame)
            return
        self.write("environment.imported(")
        self.visit(node.template, frame)
        self.write(f", {self.name!r}, context)")

    def macro_def(self, macro_ref: jinja2.compiler.MacroRef, frame: jinja2.compiler.Frame) -> None:
        if self.environment.sandboxed or self.environment.is_async:
            super().macro_def(macro_ref, frame)
            return
        # Jinja2's own definition, but of the environment's macro class.
        names = tuple(argument.name for argument in macro_ref.node.args)
        self.write(
            f"environment.macro_class(environment, macro, {getattr(macro_ref.node, 'name', None)!r}, {names!r},"
            f" {macro_ref.accesses_kwargs!r}, {macro_ref.accesses_varargs!r}, {macro_ref.accesses_caller!r},"
            " context.eval_ctx.autoescape)"
        )


class _PlainMacro(jinja2.runtime.Macro):
    """A macro called with exactly its arguments, by position (how the shipped templates call
    them), goes straight to its body; any other call, and any macro that takes ``caller``,
    ``varargs`` or ``kwargs``, takes Jinja2's way, which sorts the arguments out."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self._direct = not (self.catch_kwargs or self.catch_varargs or self.caller or self._default_autoescape)
        # An argument left out is ``missing``, which the macro's body replaces by its default.
        self._left_out = (jinja2.runtime.missing,) * self._argument_count

    def __call__(self, *args: Any, **kwargs: Any) -> str:
        if self._direct and not kwargs and len(args) <= self._argument_count and not (args and type(args[0]) is jinja2.nodes.EvalContext):
            return self._func(*args, *self._left_out[len(args) :])  # type: ignore[no-any-return]
        return super().__call__(*args, **kwargs)


class _Environment(jinja2.Environment):
    """The environment of the shipped templates (trusted: no sandbox), with direct calls,
    imports made once and macros called without Jinja2's sorting of arguments."""

    code_generator_class = _DirectCalls
    macro_class = _PlainMacro

    def imported(self, template: Any, parent: str, context: jinja2.runtime.Context) -> Any:
        """The module of ``template`` imported without context from ``parent``: Jinja2's
        own default module of that template (made once, without the importer's variables),
        kept here so that a sentence does not look the template up again."""
        if context.globals_keys or not isinstance(template, str):
            # A context with globals of its own (Template.render) gets Jinja2's answer.
            return self.get_template(template, parent)._get_default_module(context)
        modules: dict[tuple[str, str], Any] = self.__dict__.setdefault("_imported_modules", {})
        module = modules.get((template, parent))
        if module is None:
            module = modules[(template, parent)] = self.get_template(template, parent)._get_default_module(context)
        return module


class _ConfinedLoader(jinja2.FileSystemLoader):
    """A FileSystemLoader that refuses any template whose real path (links resolved) lies
    outside ``root``: a symlinked template, folder or include cannot read another file."""

    def __init__(self, searchpath: str, root: str) -> None:
        super().__init__(searchpath)
        self.root = os.path.realpath(root)

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        source, filename, uptodate = super().get_source(environment, template)
        real = os.path.realpath(filename)
        if os.path.commonpath([real, self.root]) != self.root:
            raise TemplateError(f"{filename}: refused: it leads outside the templates folder {self.root} (to {real})")
        return source, filename, uptodate


#: What a user template may spend (the shipped templates are trusted and not metered): the
#: longest string an operator, filter or method may produce, the largest power, the total
#: text of one article, and the wall-clock seconds one article may take.
TEMPLATE_BUDGET: dict[str, float] = {"string": 100_000, "power_bits": 4096, "article": 1_000_000, "seconds": 5.0}
_WIDTH = re.compile(r"(?:%[-+ #0]*|[<>=^])?(\d{7,})")
_SIZED_METHODS = ("center", "ljust", "rjust", "zfill", "expandtabs")


class TemplateBudgetError(TemplateError):
    """A user template that spent more than :data:`TEMPLATE_BUDGET` allows."""


def _over(what: str) -> TemplateBudgetError:
    return TemplateBudgetError(f"over the template budget: {what}")


def _check_size(size: float, what: str) -> None:
    if size > TEMPLATE_BUDGET["string"]:
        raise _over(f"{what} would make {size:,.0f} characters (at most {TEMPLATE_BUDGET['string']:,.0f})")


def _check_format(text: str) -> None:
    if isinstance(text, str) and _WIDTH.search(text):
        raise _over(f"a format width of seven digits or more in {text[:40]!r}")


class _BudgetedSandbox(ImmutableSandboxedEnvironment):
    """The sandbox for user templates, with a budget: no operator, filter, method or format
    may build a string or number beyond :data:`TEMPLATE_BUDGET` (checked before it is built);
    the renderer adds a time limit per article and a cap on its total text."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(left, int) and isinstance(right, int):
            if right > 0 and abs(left) > 1 and right * max(abs(left).bit_length(), 1) > TEMPLATE_BUDGET["power_bits"]:
                raise _over(f"{left} ** {right} is a number of more than {TEMPLATE_BUDGET['power_bits']:.0f} bits")
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if isinstance(seq, (str, list, tuple)) and isinstance(times, int):
                    _check_size(len(seq) * times, f"{len(seq)} × {times}")
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        owner = getattr(__obj, "__self__", None)
        name = getattr(__obj, "__name__", "")
        if isinstance(owner, str) and name in _SIZED_METHODS:
            _check_size(max([len(owner), *(a for a in args if isinstance(a, int))]) * (8 if name == "expandtabs" else 1), f"str.{name}")
        if isinstance(owner, str) and name == "replace" and len(args) >= 2 and isinstance(args[1], str):
            _check_size(len(owner) + owner.count(args[0] or " ") * len(args[1]), "str.replace")
        return super().call(__context, __obj, *args, **kwargs)

    def wrap_str_format(self, value: Any) -> Any:
        wrapped = super().wrap_str_format(value)
        if wrapped is not None:
            _check_format(value.__self__)
        return wrapped


def _budgeted_filters(filters: dict[str, Callable[..., Any]]) -> dict[str, Callable[..., Any]]:
    """Jinja's filters that can build a large string from a small template, each checking
    the size it would build first."""
    found = dict(filters)

    def center(value: Any, width: int = 80) -> str:
        _check_size(max(len(str(value)), width), "center")
        return filters["center"](value, width)

    def indent(value: Any, width: Any = 4, *args: Any, **kwargs: Any) -> str:
        lines = str(value).count("\n") + 1
        _check_size(len(str(value)) + lines * (width if isinstance(width, int) else len(str(width))), "indent")
        return filters["indent"](value, width, *args, **kwargs)

    def replace(environment: Any, value: Any, old: str, new: str, count: int | None = None) -> str:
        _check_size(len(str(value)) + str(value).count(old or " ") * len(str(new)), "replace")
        return filters["replace"](environment, value, old, new, count)

    def format_(value: Any, *args: Any, **kwargs: Any) -> str:
        _check_format(value)
        return filters["format"](value, *args, **kwargs)

    replace.jinja_pass_arg = filters["replace"].jinja_pass_arg  # type: ignore[attr-defined]
    found.update(center=center, indent=indent, replace=replace, format=format_)
    return found


@contextlib.contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """A wall-clock limit on the block, raising TemplateBudgetError; only in the main thread
    of a platform with interval timers (elsewhere the other limits still hold)."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def expired(signum: int, frame: Any) -> None:
        raise _over(f"the article took more than {seconds:g} seconds to render")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


_ENVIRONMENTS: dict[tuple[str, Any, str | None], jinja2.Environment] = {}
#: Templates loaded, by environment and file name.
_TEMPLATES: weakref.WeakKeyDictionary[jinja2.Environment, dict[str, jinja2.Template]] = weakref.WeakKeyDictionary()

#: What changes the Python code Jinja2 compiles a template to (besides the template's own
#: text, which each cache entry checks by hash): the engine, its options, the sandbox, and
#: this module, whose code generator writes the code (see _generator_digest).
_COMPILE_OPTIONS = {"trim_blocks": True, "lstrip_blocks": True, "autoescape": False, "keep_trailing_newline": False}


def cache_dir() -> Path | None:
    """The folder of compiled templates: ``EGOVNEWS_CACHE_DIR``, else ``$XDG_CACHE_HOME/egovnews``
    or ``~/.cache/egovnews``; None when ``EGOVNEWS_CACHE_DIR`` is ``off`` (compile every run).

    >>> saved = os.environ.get("EGOVNEWS_CACHE_DIR")
    >>> os.environ["EGOVNEWS_CACHE_DIR"] = "off"; cache_dir() is None
    True
    >>> os.environ["EGOVNEWS_CACHE_DIR"] = "/var/cache/newsroom"; str(cache_dir())
    '/var/cache/newsroom'
    >>> _ = os.environ.pop("EGOVNEWS_CACHE_DIR") if saved is None else os.environ.update(EGOVNEWS_CACHE_DIR=saved)
    """
    given = os.environ.get("EGOVNEWS_CACHE_DIR", "").strip()
    if given.lower() == "off":
        return None
    if given:
        return Path(given)
    home = os.environ.get("XDG_CACHE_HOME", "").strip() or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(home) / "egovnews"


class _TemplateCache(jinja2.FileSystemBytecodeCache):
    """Compiled templates on disk, one file per template path, checked against the sha1 of the
    template's text (Jinja2's own check) so that an edited template is compiled again. A
    cache that cannot be read or written is no error: the template is compiled as without one."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except (OSError, EOFError, ValueError, TypeError):
            bucket.reset()  # a truncated or foreign file: compile again, and overwrite it

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


@functools.cache
def _generator_digest() -> str:
    """The sha256 of this module's source, which holds the code generator: any edit of it gets
    a cache folder of its own, so that no template compiled by an older generator is used (a
    version number raised by hand was forgotten once, and stale code ran unnoticed)."""
    try:
        return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
    except OSError:  # installed without its source (a zip, bytecode only): the version stands in
        from . import __version__

        return f"egovnews {__version__}"


def _template_cache(env_class: type[jinja2.Environment]) -> jinja2.BytecodeCache | None:
    """The bytecode cache for environments of ``env_class``, in a folder of its own per
    engine, Python and options (the sandbox compiles the same text to other code)."""
    root = cache_dir()
    if root is None:
        return None
    tag = hashlib.sha256(
        repr((jinja2.__version__, sys.implementation.cache_tag, marshal.version, env_class.__module__,
              env_class.__qualname__, env_class.code_generator_class.__qualname__, _generator_digest(),
              sorted(_COMPILE_OPTIONS.items()))).encode()
    ).hexdigest()[:16]
    folder = root / f"templates-{tag}"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return None  # a read-only home: compile in memory, as before
    return _TemplateCache(str(folder), "%s.jinja")


def environment(lang: str, toolkit: Any, user_templates: str | Path | None = None) -> jinja2.Environment:
    """A Jinja2 environment for one language and house style, a user's folder first when given.

    The toolkit's helpers are both filters (``{{ 24|ordinal }}``) and globals
    (``{{ ordinal(24) }}``). Environments are cached by (language, style, folder), so a batch
    compiles each template once.

    >>> from egovnews.lang import lang
    >>> env = environment("en", lang("en"))
    >>> env.from_string("{{ 3|ordinal }} of {{ cardinal(4) }}").render()
    '3rd of four'
    """
    folder = None if user_templates is None else str(Path(user_templates).resolve())
    # The toolkit stands for its house style: lang() makes one per (language, style).
    key = (lang, toolkit, folder)
    found = _ENVIRONMENTS.get(key)
    if found is not None:
        return found
    default = templates_dir() / lang
    if not default.is_dir():
        raise TemplateError(f"no templates for language {lang!r}")
    loaders: list[jinja2.BaseLoader] = [_ConfinedLoader(str(default), str(default))]
    env_class: type[jinja2.Environment] = _Environment
    if folder is not None:
        path = Path(folder)
        if not path.is_dir():
            raise TemplateError(f"{path}: no such templates folder")
        # Either DIR/<lang>/ or DIR itself holds the user's templates.
        own = path / lang if (path / lang).is_dir() else path
        loaders.insert(0, _ConfinedLoader(str(own), str(path)))
        env_class = _BudgetedSandbox
    env = env_class(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        # Templates write plain text (trim_blocks, no autoescape...): HTML escaping happens
        # once, in Article.to_html().
        **_COMPILE_OPTIONS,
        auto_reload=False,
        bytecode_cache=_template_cache(env_class),
    )
    helpers = toolkit.filters()
    if isinstance(env, _BudgetedSandbox):
        env.filters = _budgeted_filters(env.filters)
    elif not env.is_async:
        env.filters = _synchronous(env.filters)
    env.filters.update(helpers)
    env.globals.update(helpers)
    env.globals.update(_recording(helpers))
    # Shared macros are imported once per environment, without a sentence's context: what
    # they word by house style they read from the globals.
    env.globals["style"] = toolkit.style
    if isinstance(env, _Environment):
        marked = sorted(name for name, value in env.globals.items() if hasattr(value, "jinja_pass_arg"))
        if marked:  # _DirectCalls would call them without their context
            raise TemplateError(f"globals that want Jinja2's context cannot be called directly: {', '.join(marked)}")
    _ENVIRONMENTS[key] = env
    return env


def _synchronous(filters: dict[str, Callable[..., Any]]) -> dict[str, Callable[..., Any]]:
    """Jinja2's filters with an async variant (map, list, first, join, sum…) as their plain
    versions: each call of the variant asks whether the environment is async, in a wrapper
    that our environment, never async, does not need. The plain version is what the wrapper
    calls, and says itself which context it takes (a template is compiled accordingly)."""
    return {
        name: function.__wrapped__ if getattr(function, "jinja_async_variant", False) and hasattr(function, "__wrapped__") else function
        for name, function in filters.items()
    }


def _variant_picker(key: str) -> Callable[[str, int], int]:
    # sha256("key|slot"): the key's part hashed once per article, then copied for each slot.
    prefix = _sha256(f"{key}|".encode())

    def pick(slot: str, count: int) -> int:
        digest = prefix.copy()
        digest.update(slot.encode())
        return int.from_bytes(digest.digest()[:8], "big") % count

    return pick


_ContextMaker = Callable[[dict[str, Any], dict[str, Any], str, dict[str, Any]], jinja2.runtime.Context]


def _context_maker(env: jinja2.Environment) -> _ContextMaker:
    """How a sentence's Jinja2 context is made in ``env``: the globals its parent, the
    sentence's values its variables, as Jinja2 makes a context and a template's top-level
    {% set %} fills it. In the trusted environment, with the attributes Context.__init__ gives
    it set directly: its general work (an EvalContext that asks whether autoescape is a
    function, a set of global names, the blocks copied) is the same for every sentence, and
    cost as much as the rest of the sentence's frame. The EvalContext and the (empty) set of
    global names are made once and shared: no template changes them (_DirectCalls refuses
    {% autoescape %}, the one statement that would). tests/test_speedups.py checks that both
    make the same context."""
    make = env.context_class
    if not isinstance(env, _Environment) or make is not jinja2.runtime.Context or callable(env.autoescape):

        def made_by_jinja2(parent: dict[str, Any], values: dict[str, Any], name: str, blocks: dict[str, Any]) -> jinja2.runtime.Context:
            context = make(env, parent, name, blocks)
            context.vars.update(values)
            return context

        return made_by_jinja2
    new = object.__new__
    context_class, eval_context_class = jinja2.runtime.Context, jinja2.nodes.EvalContext
    autoescape = env.autoescape

    eval_ctx = new(eval_context_class)
    eval_ctx.environment = env
    eval_ctx.autoescape = autoescape
    eval_ctx.volatile = False
    no_globals: frozenset[str] = frozenset()

    def context(parent: dict[str, Any], values: dict[str, Any], name: str, blocks: dict[str, Any]) -> jinja2.runtime.Context:
        made = new(context_class)
        made.parent = parent
        made.vars = values
        made.environment = env
        made.eval_ctx = eval_ctx
        made.exported_vars = set()
        made.name = name
        made.globals_keys = no_globals
        made.blocks = {key: [block] for key, block in blocks.items()} if blocks else {}
        return made

    return context


class _Variants:
    """``variant`` and ``alternate`` (see the module docstring) for the sentences of one
    article: made once, and told before each sentence which one they serve (its slot, its
    template and how many sentences of that template came before), rather than two closures
    made for every sentence."""

    __slots__ = ("slot", "template_slot", "repeat", "variant", "alternate")

    def __init__(self, pick: Callable[[str, int], int]) -> None:
        self.slot = self.template_slot = ""
        self.repeat = 0
        state = self

        def variant(*options: Any, part: str = "", shared: bool = False) -> Any:
            if options and isinstance(options[0], int) and not isinstance(options[0], bool):
                # The older form: variant(n) or variant(n, "part") gives an index.
                count, *rest = options
                part = rest[0] if rest else part
                if count < 1:
                    raise ValueError(f"variant({count}): at least one wording is needed")
                return pick(f"{state.template_slot if shared else state.slot}/{part}", count)
            if not options:
                raise ValueError(f"variant() takes the names of its wordings, got {options!r}")
            for option in options:  # a loop, not all(): no generator made for two or three names
                if not isinstance(option, str):
                    raise ValueError(f"variant() takes the names of its wordings, got {options!r}")
            return options[pick(f"{state.template_slot if shared else state.slot}/{part}", len(options))]

        def alternate(*options: str, part: str = "") -> str:
            if not options:
                raise ValueError("alternate() takes the names of its wordings")
            return options[(pick(f"{state.template_slot}/{part}", len(options)) + state.repeat) % len(options)]

        self.variant = variant
        self.alternate = alternate

    def serve(self, slot: str, template_slot: str, repeat: int) -> _Variants:
        """Themselves, set for the sentence in ``slot``."""
        self.slot = slot
        self.template_slot = template_slot
        self.repeat = repeat
        return self


#: The list that receives the countries the sentence being rendered names, or None.
_MENTIONS: contextvars.ContextVar[list[str] | None] = contextvars.ContextVar("egovnews_mentions", default=None)


class _Recorder:
    """The toolkit's ``country`` and ``names`` as template globals that also note each country
    a sentence names (in :data:`_MENTIONS`, set per sentence), so that the referrer knows which
    pronoun would be ambiguous. A context variable rather than a function per sentence: macros
    imported once see the same globals, and threads (the desk) keep their own lists. The
    attributes are private, so that the sandbox refuses ``country.__self__`` and what is behind it."""

    def __init__(self, helpers: dict[str, Callable[..., Any]]) -> None:
        self._country = helpers["country"]
        self._names = helpers["names"]

    def country(self, iso3: str, form: str | None = None, capital: bool = False) -> str:
        mentions = _MENTIONS.get()
        if mentions is not None:
            mentions.append(iso3)
        return str(self._country(iso3, form, capital))

    def names(self, entities: Any, *args: Any, **kwargs: Any) -> str:
        mentions = _MENTIONS.get()
        if mentions is not None:
            mentions.extend(entities)
        return str(self._names(entities, *args, **kwargs))


def _recording(helpers: dict[str, Callable[..., Any]]) -> dict[str, Callable[..., str]]:
    """``country`` and ``names`` that note the countries each sentence names (see _Recorder)."""
    recorder = _Recorder(helpers)
    return {"country": recorder.country, "names": recorder.names}


class _Named(dict):  # type: ignore[type-arg]
    """The countries a sentence names, by role; a role the plan gave none is empty, so that
    ``{% if named.tied %}`` reads as a template author expects. A role that does not exist
    (a typo) is an error, as any undefined variable is.

    Made by :func:`_with_attributes`: the roles given are attributes as well as items, and
    every other role of ROLES is an empty class attribute, so that ``named.tied`` is found at
    once, where a failed lookup first (an AttributeError made and caught) would cost more
    than the rest of the access."""

    def __getattr__(self, role: str) -> tuple[str, ...]:
        return self[role]

    def __missing__(self, role: str) -> tuple[str, ...]:
        if role in ROLES:
            return ()
        from .roundup import ROUNDUP_ROLES  # only for a roundup's roles: country articles never load it

        if role not in ROUNDUP_ROLES:
            raise AttributeError(f"no role {role!r} for named countries; roles: {', '.join(ROLES)}")
        return ()


for _role in ROLES:
    setattr(_Named, _role, ())
del _role


class _ByKind(dict):  # type: ignore[type-arg]
    """A sentence's facts by kind, as items and as attributes (made by :func:`_with_attributes`):
    ``by_kind.change`` is found at once rather than after a failed attribute lookup."""


def _with_attributes(kind: type[dict], items: dict[str, Any]) -> Any:  # type: ignore[type-arg]
    """A ``kind`` (a dict class) holding ``items``, whose attributes are the same items: the
    instance's ``__dict__`` is ``items`` itself, never changed (templates cannot set an
    attribute), which costs less than a Python ``__init__`` copying it in every sentence."""
    made = kind(items)
    made.__dict__ = items
    return made


def _one_spaced(text: str) -> str:
    """``text`` with every run of white space one space, none at its ends, as ``\\s+`` to
    one space and a strip would make it.

    >>> _one_spaced("  Le Kazakhstan\\n  monte. ")
    'Le Kazakhstan monte.'
    """
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        # Most rendered sentences: their only spaces single ASCII ones inside (every other
        # white space character is unprintable), left as they are, not split and joined.
        return text
    return " ".join(text.split())


#: The named countries of a sentence whose plan names none (most), made once.
_NO_NAMES = _with_attributes(_Named, {})


class Renderer:
    """Words one article plan in one language.

    ``toolkit`` is the language toolkit (``egovnews.lang.lang(code, style)``): its filters and
    globals are given to the templates, and its typography pass runs on every sentence.
    """

    def __init__(self, lang: str, toolkit: Any, *, user_templates: str | Path | None = None, seed: int | None = None) -> None:
        self.lang = lang
        self.toolkit = toolkit
        self.seed = seed
        self.env = environment(lang, toolkit, user_templates)
        # The environment's globals, the house style among them ("style").
        self.globals = dict(self.env.globals)
        self._context = _context_maker(self.env)
        # Loaded templates by file name, for this environment: a dict lookup per sentence
        # rather than Jinja2's locked LRU cache.
        self._templates: dict[str, jinja2.Template] = _TEMPLATES.setdefault(self.env, {})

    def sentence(
        self,
        plan: SentencePlan,
        facts: dict[str, Any],
        pick: Callable[[str, int], int],
        slot: str,
        *,
        first: bool = True,
        repeat: int = 0,
        reference: Reference | None = None,
        mentions: list[str] | None = None,
        story: str = "",
    ) -> Sentence:
        """Render one planned sentence; its text is one line, typography applied.

        Templates see the plan's ``frame``, ``say`` and ``named`` choices, ``it`` (the
        article's country as this sentence refers to it), ``first`` (the sentence opens its
        paragraph) and ``repeat`` (how many sentences of this template came before).
        ``mentions``, when given, receives every country the sentence names through
        ``country()`` and ``names()``.
        """
        variants = _Variants(pick).serve(slot, slot.split("#")[0], repeat)
        return self._sentence(plan, facts, variants, first, reference, mentions, story, None)

    def _sentence(
        self, plan: SentencePlan, facts: dict[str, Any], variants: _Variants,
        first: bool, reference: Reference | None, mentions: list[str] | None, story: str,
        spell: list[str] | None,
    ) -> Sentence:
        """:meth:`sentence`, its arguments by position (a dozen sentences an article), its slot
        and ``repeat`` those ``variants`` serve (:meth:`_Variants.serve`); ``spell``
        lists the abbreviations not spelled out yet (see :meth:`_article`): the first this
        sentence uses is spelled out here, before the typography pass, and leaves the list."""
        name = plan.template + TEMPLATE_SUFFIX
        used = list(map(facts.__getitem__, plan.facts))  # no comprehension: its own frame each sentence
        # Most sentences state one fact: its kind read once, no comprehension either.
        by_kind = {used[0].kind: used[0]} if len(used) == 1 else {f.kind: f for f in used}
        if reference is None:
            # A roundup's facts are about a scope, not a country: no ``it`` to refer to.
            country = getattr(used[0], "country", None) if used else None
            reference = Reference(self.toolkit, country, "name") if country else None
        # The sentence's own values are the context's variables, the globals its parent (shared,
        # never copied): Jinja2 looks a name up in the variables first, as a template's own
        # {% set %} at the top would be.
        values = {
            "f": used[0] if used else None,
            "facts": used,
            "by_kind": _with_attributes(_ByKind, by_kind),
            "frame": plan.frame,
            "story": story or plan.frame,
            "say": plan.say,
            "named": _with_attributes(_Named, plan.named) if plan.named else _NO_NAMES,
            "it": reference,
            "variant": variants.variant,
            "alternate": variants.alternate,
            "first": first,
            "repeat": variants.repeat,
        }
        recording = _MENTIONS.set(mentions)
        try:
            template = self._templates.get(name) or self._templates.setdefault(name, self.env.get_template(name))
            # Template.render() would copy the environment's globals out of a ChainMap for
            # every sentence, and Template.new_context() list their names, from that ChainMap
            # again; one plain dict of them, made once, renders the same faster.
            context = self._context(self.globals, values, name, template.blocks)
            try:
                text = self.env.concat(template.root_render_func(context))  # type: ignore[attr-defined]
            except Exception:
                self.env.handle_exception()  # re-raises with the template's own file and line
        except (jinja2.TemplateError, jinja2.exceptions.SecurityError) as error:
            raise _template_error(error, name) from None
        except TemplateBudgetError as error:
            raise TemplateBudgetError(f"{_where(name, error)}: {error}") from None
        except TemplateError:
            raise  # ours already names the file (a template leading out of its folder)
        except Exception as error:
            # A helper refused its arguments, or the template computed the impossible ({{ 1/0 }}):
            # name the template line, so that a batch reports it as one country's failure.
            raise TemplateError(f"{_where(name, error)}: {type(error).__name__}: {error}") from None
        finally:
            _MENTIONS.reset(recording)
        if isinstance(self.env, _BudgetedSandbox) and (bad := unsafe_character(text)) is not None:
            raise TemplateError(f"{name}: the template wrote {bad}: no output can hold it as text")
        text = _one_spaced(text)
        if not text:
            raise TemplateError(f"template {name} rendered no text for facts {', '.join(plan.facts)}")
        if spell:
            for entity in tuple(spell):
                spelled = self.toolkit.introduce(text, entity)
                if spelled is not None:
                    text = spelled
                    spell.remove(entity)
        return Sentence(self.toolkit.typography(text), plan.facts, plan.template)

    def label(self, template: str, key: str) -> str:
        """A label a template words by frame, with no fact: a ranking table's column heading
        or cell (``label("roundup_table", "rank")``), so that user templates rename it.

        >>> from egovnews.lang import lang
        >>> Renderer("fr", lang("fr")).label("roundup_table", "very_high")
        'Très élevé'
        """
        plan = SentencePlan(template=template, facts=(), frame=key)
        return self.sentence(plan, {}, _variant_picker(f"label|{self.lang}|{self.seed}"), f"{template}#{key}").text

    def article(self, plan: ArticlePlan, facts: list[Any], *, context: str | None = None) -> Article:
        """Render the whole plan into an Article; with user templates, within the time and
        size of :data:`TEMPLATE_BUDGET`."""
        if not isinstance(self.env, _BudgetedSandbox):
            return self._article(plan, facts, context=context)
        with _time_limit(TEMPLATE_BUDGET["seconds"]):
            article = self._article(plan, facts, context=context)
        if len(article.text) > TEMPLATE_BUDGET["article"]:
            raise _over(f"the article is {len(article.text):,} characters long (at most {TEMPLATE_BUDGET['article']:,.0f})")
        return article

    def _article(self, plan: ArticlePlan, facts: list[Any], *, context: str | None = None) -> Article:
        by_id = {f.id: f for f in facts}
        variants = _Variants(_variant_picker(f"{plan.country}|{plan.edition}|{self.lang}|{self.seed}"))
        counts: dict[str, int] = {}
        # Each of INTRODUCED is spelled out at its first use in the body, in reading order (the
        # lead, the body, the sections, the footer last: a brief roundup whose one mention of
        # the EGDI is the source's gets it there); titles keep the short form.
        spell = list(INTRODUCED)
        # A roundup (its plan is about a scope) refers to no country of its own.
        referrer = Referrer(self.toolkit, plan.country, budget=plan.name_budget) if plan.country in countries() else None

        # The facts the article states, gathered as its sentences are written.
        stated: set[str] = set()

        def render(sentence_plan: SentencePlan, *, title: bool = False, opening: bool = True) -> Sentence:
            template = sentence_plan.template
            n = counts.get(template, 0)
            counts[template] = n + 1
            reference = referrer.reference(title=title, opening=opening) if referrer is not None else None
            mentions: list[str] = []
            variants.serve(f"{template}#{n}", template, n)
            sentence = self._sentence(sentence_plan, by_id, variants, opening, reference, mentions, plan.story, None if title else spell)
            if referrer is not None and reference is not None:
                referrer.record(reference, mentions, title=title)
            stated.update(sentence_plan.facts)
            return sentence

        def paragraph(sentences: tuple[SentencePlan, ...]) -> Paragraph:
            return Paragraph(tuple(render(s, opening=i == 0) for i, s in enumerate(sentences)))

        headline = render(plan.headline, title=True)
        lead = paragraph(plan.lead.sentences)
        body = [paragraph(p.sentences) for p in plan.body]
        sections = []
        for section in plan.sections:
            heading = render(section.heading, title=True)
            paragraphs = [paragraph(p.sentences) for p in section.paragraphs]
            sections.append(Section(heading=heading, paragraphs=tuple(paragraphs), kind=section.kind))
        footer = None if plan.footer is None else paragraph(plan.footer.sentences)
        closing = None
        if plan.context and context:
            text = self.toolkit.typography(" ".join(context.split()))
            closing = Paragraph((Sentence(text=text),), context=True)
        return Article(
            country=plan.country,
            edition=plan.edition,
            lang=self.lang,
            headline_sentence=headline,
            lead=lead,
            sections=tuple(sections),
            facts={i: by_id[i] for i in by_id if i in stated},
            closing=closing,
            body=tuple(body),
            footer=footer,
            angle=plan.angle.name,
        )
