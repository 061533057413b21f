"""Command line: ``python -m specfirst check|generate|verify|publish|bench``."""

import argparse
import sys
import tempfile
from pathlib import Path

from .apis import APIS, ROOT
from .generate import GenerationError, drift, generate
from .speccheck import check_spec
from .specfile import SpecError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m specfirst")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, help_text in [
        ("check", "validate the specs and their examples"),
        ("generate", "regenerate the clients into generated/ (or --output)"),
        ("verify", "regenerate into a temporary folder and fail on any difference with generated/"),
        ("publish", "write a release (bundled specs, HTML docs, client packages) into --out; version gate"),
    ]:
        cmd = sub.add_parser(name, help=help_text)
        # [] among the choices: argparse checks the empty default of nargs="*" against them too.
        cmd.add_argument("apis", nargs="*", choices=[[], *APIS], help="APIs to process (default: all)")
        if name == "generate":
            cmd.add_argument("--output", type=Path, default=ROOT / "generated", help="root folder of the output")
        if name == "publish":
            cmd.add_argument("--out", type=Path, default=ROOT / "dist", help="release folder (default dist/)")
            cmd.add_argument("--baseline", type=Path, help="last published specs (default openapi/published/)")
            cmd.add_argument("--changelog", type=Path, help="changelog to add entries to (default CHANGELOG.md)")
    from .contract.cli import register as register_contract
    from .mock.cli import register as register_mock

    register_mock(sub)
    register_contract(sub)
    from .bench.cli import register as register_bench

    register_bench(sub)
    args = parser.parse_args(argv)
    if hasattr(args, "run"):
        return int(args.run(args))
    names = args.apis or list(APIS)
    try:
        if args.command == "check":
            for name in names:
                check_spec(APIS[name].spec)
                print(f"{APIS[name].spec.relative_to(ROOT)}: OK")
        elif args.command == "publish":
            from .publish.cli import run_publish  # needs the `publish` dependency group

            return run_publish(args.out, names, args.baseline, args.changelog)
        elif args.command == "generate":
            for path in generate(args.output, names):
                print(f"generated {path}")
        else:
            with tempfile.TemporaryDirectory() as tmp:
                generate(Path(tmp), names)
                problems = [line for n in names for line in drift(Path(tmp) / APIS[n].project_dir, APIS[n].generated)]
            if problems:
                print("generated/ is out of date with openapi/ and overrides/ (run `nox -s generate`):")
                print("\n".join(problems))
                return 1
            print("generated/ matches a fresh generation")
    except SpecError as exc:
        print(f"spec does not validate, nothing generated:\n{exc}", file=sys.stderr)
        return 1
    except GenerationError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
