#!/usr/bin/env python3
"""Validate many XBRL files with Arelle in one process, offline.

usage: /usr/bin/python3 arelle_batch.py --arelle-home DIR [--calc MODE] < FILES

FILES is one path per line on standard input: XBRL instances, Inline XBRL documents, taxonomy
schemas, taxonomy packages or report packages. Each is validated as
../shared/tools/arelle/validate FILE --calc=MODE would validate it (the same Arelle options:
--internetConnectivity=offline, --disablePersistentConfig, the cache folder of DIR, log level info),
but Python starts and Arelle loads once for all of them. For each file, as soon as it is done,
standard output gets one line:

  ARELLE-RESULT {"file": ..., "errors": E, "warnings": W, "inconsistencies": I,
                 "codes": {"xlink:dupArcs": 12, ...}, "messages": [{"level", "code", "text"}, ...]}

counted as the validate script counts (error, critical, fatal, error-semantic and
assertion-not-satisfied are errors; warning and warning-semantic are warnings; inconsistency is
an inconsistency); "codes" and "messages" hold only those. An exception inside Arelle counts as
one error with code "arelle:exception". Anything else Arelle prints goes to standard error.

DIR is what ../shared/tools/arelle/setup installed (arelle-src, pyparsing-3.3.2, cache). Nothing
here opens a network connection: Arelle runs offline, and a socket it opens anyway is reported
(the caller also runs this in an empty network namespace where the kernel allows it).
"""
import argparse
import json
import os
import shutil
import sys
import tempfile
import traceback

ERROR_LEVELS = {"error", "critical", "fatal", "error-semantic", "assertion-not-satisfied"}
WARNING_LEVELS = {"warning", "warning-semantic"}
INCONSISTENCY_LEVELS = {"inconsistency"}
MAX_MESSAGES = 40
MAX_TEXT = 400
LOG_FORMAT = "[%(messageCode)s] %(message)s - %(file)s"


def parse_command_line():
    p = argparse.ArgumentParser(description="Validate many XBRL files with Arelle in one process, offline.")
    p.add_argument("--arelle-home", required=True, help="the folder ../shared/tools/arelle/setup installed into")
    p.add_argument("--calc", default="c11r", help="Arelle's --calc mode (default c11r: Calculations 1.1, round to nearest)")
    return p.parse_args()


def import_arelle(home):
    """Puts Arelle and its pyparsing on the path, offline, the way arelleCmdLine.py starts it."""
    sys.path[:0] = [os.path.join(home, "pyparsing-3.3.2"), os.path.join(home, "arelle-src")]
    from arelle.SocketUtils import warnSocket
    warnSocket()  # any socket Arelle opens says so
    import gettext
    from arelle.Locale import setApplicationLocale
    setApplicationLocale()
    gettext.install("arelle")
    from arelle import CntlrCmdLine
    return CntlrCmdLine


class Batch:
    """One Arelle controller, logging into a buffer that is read and emptied after each file."""

    def __init__(self, cmdline, home, calc):
        self.cmdline = cmdline
        self.fixed_args = ["--internetConnectivity=offline", "--disablePersistentConfig",
                           "--cacheDirectory=" + os.path.join(home, "cache"),
                           "--logLevel=info", "--logNoRefObjectProperties",
                           "--validate", "--calc", calc]
        options, plugins = cmdline.parseArgs(self.fixed_args + ["--file", os.devnull])
        self.cntlr = cmdline.createCntlrAndPreloadPlugins(options.uiLang, True, plugins)
        self.cntlr.startLogging(logFileName="logToBuffer", logFormat=LOG_FORMAT, logLevel="info",
                                logRefObjectProperties=False)
        self.cntlr.postLoggingInit()

    def validate(self, path):
        options, _ = self.cmdline.parseArgs(self.fixed_args + ["--file", path])
        handler = self.cntlr.logHandler
        handler.clearLogBuffer()
        result = Result(path)
        try:
            self.cntlr.run(options)
        except BaseException as e:  # Arelle failing is a finding about the file, not the end of the batch
            if isinstance(e, KeyboardInterrupt):
                raise
            result.add("error", "arelle:exception", "".join(traceback.format_exception_only(type(e), e)).strip())
            traceback.print_exc(file=sys.stderr)
        for record in handler.logRecordBuffer:
            result.add(record.levelname.lower(), getattr(record, "messageCode", ""), handler.format(record))
        handler.clearLogBuffer()
        return result


class Result:
    """What Arelle said about one file, counted as the validate script counts."""

    def __init__(self, path):
        self.path = path
        self.errors = self.warnings = self.inconsistencies = 0
        self.codes = {}
        self.messages = []

    def add(self, level, code, text):
        if level in ERROR_LEVELS:
            self.errors += 1
        elif level in WARNING_LEVELS:
            self.warnings += 1
        elif level in INCONSISTENCY_LEVELS:
            self.inconsistencies += 1
        else:
            return
        self.codes[code] = self.codes.get(code, 0) + 1
        if len(self.messages) < MAX_MESSAGES:
            self.messages.append({"level": level, "code": code, "text": text.rstrip()[:MAX_TEXT]})

    def line(self):
        return "ARELLE-RESULT " + json.dumps({
            "file": self.path, "errors": self.errors, "warnings": self.warnings,
            "inconsistencies": self.inconsistencies, "codes": self.codes, "messages": self.messages},
            ensure_ascii=True)


def main():
    args = parse_command_line()
    home = os.path.abspath(args.arelle_home)
    config = tempfile.mkdtemp(prefix="arelle-batch-")
    os.environ["XDG_CONFIG_HOME"] = config  # Arelle's config folder: fresh, and removed at the end
    try:
        batch = Batch(import_arelle(home), home, args.calc)
        for raw in sys.stdin:
            path = raw.rstrip("\n")
            if path:
                print(batch.validate(path).line(), flush=True)
    finally:
        shutil.rmtree(config, ignore_errors=True)


if __name__ == "__main__":
    main()
