"""Command line: ``specfirst`` (or ``python -m specfirst``) check|generate|verify|publish|mock|contract|bench.

Each subcommand imports its own modules only when it runs, so it works with only its own dependencies
installed (each nox session installs one group); a missing one is reported in one line naming what to install.
"""

import argparse
import sys
from pathlib import Path

from .apis import APIS, NotInCheckout, require_checkout

NEEDS = {
    "generate": "the `generate` dependency group (`nox -s generate`)",
    "verify": "the `generate` dependency group (`nox -s verify`)",
    "publish": "the `generate` and `publish` dependency groups (`nox -s publish`)",
    "mock": "specfirst[mock] (`pip install 'specfirst[mock]'`)",
    "contract": "specfirst[contract] (`pip install 'specfirst[contract]'`)",
    "bench": "the `bench` dependency group (`nox -s bench`)",
}
"""What each subcommand needs beyond the core dependencies, as the line a missing module prints."""


def add_apis(cmd: argparse.ArgumentParser) -> None:
    # [] among the choices: argparse checks the empty default of nargs="*" against them too.
    cmd.add_argument("apis", nargs="*", choices=[[], *APIS], help="APIs to process (default: all)")


def check(args: argparse.Namespace) -> int:
    from .speccheck import check_spec

    for name in args.apis or list(APIS):
        check_spec(APIS[name].spec)
        print(f"{APIS[name].spec.name}: OK")
    return 0


def generate(args: argparse.Namespace) -> int:
    from .generate import generate

    output = args.output or require_checkout("generate") / "generated"
    for path in generate(output, args.apis or list(APIS)):
        print(f"generated {path}")
    return 0


def verify(args: argparse.Namespace) -> int:
    import tempfile

    from .generate import drift, generate

    require_checkout("verify")
    names = args.apis or list(APIS)
    with tempfile.TemporaryDirectory() as tmp:
        generate(Path(tmp), names)
        problems = [line for n in names for line in drift(Path(tmp) / APIS[n].project_dir, APIS[n].generated)]
    if problems:
        print("generated/ is out of date with openapi/ and overrides/ (run `nox -s generate`):")
        print("\n".join(problems))
        return 1
    print("generated/ matches a fresh generation")
    return 0


def parser() -> argparse.ArgumentParser:
    from .bench.cli import register as register_bench
    from .contract.cli import register as register_contract
    from .mock.cli import register as register_mock
    from .publish.cli import register as register_publish

    main_parser = argparse.ArgumentParser(prog="specfirst", description=__doc__.splitlines()[0])
    sub = main_parser.add_subparsers(dest="command", required=True)
    cmd = sub.add_parser("check", help="validate the specs and their examples")
    add_apis(cmd)
    cmd.set_defaults(run=check)
    cmd = sub.add_parser("generate", help="regenerate the clients into generated/ (or --output); checkout only")
    add_apis(cmd)
    cmd.add_argument("--output", type=Path, help="root folder of the output (default generated/)")
    cmd.set_defaults(run=generate)
    cmd = sub.add_parser("verify", help="fail on any difference between generated/ and a fresh generation")
    add_apis(cmd)
    cmd.set_defaults(run=verify)
    register_publish(sub, add_apis)
    register_mock(sub)
    register_contract(sub)
    register_bench(sub)
    return main_parser


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    from .generate import GenerationError
    from .specfile import SpecError

    try:
        return int(args.run(args))
    except ModuleNotFoundError as exc:
        if exc.name is None or exc.name.partition(".")[0] == "specfirst":
            raise
        needs = NEEDS.get(args.command, "specfirst's own dependencies (reinstall specfirst)")
        print(f"specfirst {args.command}: module {exc.name!r} is missing; it needs {needs}", file=sys.stderr)
        return 2
    except NotInCheckout as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except SpecError as exc:
        print(f"spec does not validate, nothing generated:\n{exc}", file=sys.stderr)
        return 1
    except GenerationError as exc:
        print(str(exc), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
