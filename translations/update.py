#!/usr/bin/env python3
"""Refreshes translations/wgdesk_<lang>.ts from the sources (lupdate), keeping translations.

lupdate names a message's context after the class or namespace around the tr() call. The core
(app/) translates through small per-file functions, tr(text) ->
QCoreApplication::translate("Validation", text), whose context lupdate cannot see; this script
moves such messages to the context the code really uses at run time, read from the file's own
QCoreApplication::translate("...") call. Messages of Q_OBJECT classes keep lupdate's context.

Usage: translations/update.py [--check] [OUTPUT_DIR]
  --check: write to OUTPUT_DIR (a temporary directory) and exit 1 if any message there is not
           translated in the committed files (a test runs this).
"""
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGUAGES = ["de", "fr"]
# English is the source language; its file holds only the plural forms ("1 peer", "2 peers").
PLURALS_ONLY = ["en"]
SOURCES = ["platform", "app", "models", "ui", "app/entry/wgdesk.cpp"]
EXCLUDE = {"Cli.cpp", "wgdeskctl.cpp"}  # wgdeskctl speaks English (scripts parse its output)
LUPDATE = os.environ.get("LUPDATE", "/usr/lib/qt6/bin/lupdate")


def source_files():
    files = []
    for entry in SOURCES:
        path = os.path.join(TOP, entry)
        if os.path.isfile(path):
            files.append(path)
            continue
        for name in sorted(os.listdir(path)):
            if name.endswith((".cpp", ".h")) and name not in EXCLUDE:
                files.append(os.path.join(path, name))
    return files


def runtime_contexts(files):
    """file basename -> the context of its own translate wrapper, if it has one."""
    result = {}
    for path in files:
        text = open(path, encoding="utf-8").read()
        m = re.search(r'QCoreApplication::translate\("([^"]+)"', text)
        if m:
            result[os.path.basename(path)] = m.group(1)
    return result


def qobject_classes(files):
    names = set()
    for path in files:
        text = open(path, encoding="utf-8").read()
        namespace = "::".join(re.findall(r"^namespace ([\w:]+) \{", text, re.M))
        for m in re.finditer(r"class (\w+)[^;{]*\{\s*Q_OBJECT", text):
            names.add((namespace + "::" if namespace else "") + m.group(1))
    return names


def run_lupdate(files, ts_path):
    lst = ts_path + ".lst"
    with open(lst, "w") as f:
        f.write("\n".join(files))
    subprocess.run([LUPDATE, "-silent", "-no-obsolete", "-locations", "relative",
                    "@" + lst, "-ts", ts_path], check=True, stderr=subprocess.DEVNULL)
    os.remove(lst)


def key(context, message):
    source = message.findtext("source")
    comment = message.findtext("comment") or ""
    return (context, source, comment, message.get("numerus") == "yes")


def regroup(ts_path, files):
    """Moves messages to their run-time contexts; returns {key: message element}."""
    wrappers = runtime_contexts(files)
    qobjects = qobject_classes(files)
    tree = ET.parse(ts_path)
    messages = {}
    last_file = ""
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            targets = set()
            for location in message.iter("location"):
                # Relative locations name the file only when it changes.
                last_file = location.get("filename") or last_file
                base = os.path.basename(last_file)
                if name in qobjects or base not in wrappers:
                    targets.add(name)
                else:
                    targets.add(wrappers[base])
            for target in targets or {name}:
                messages.setdefault(key(target, message), message)
    return messages


def load_existing(path):
    """key -> (translation element) of a committed .ts file."""
    if not os.path.exists(path):
        return {}
    result = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            result[key(name, message)] = message.find("translation")
    return result


def write_ts(path, language, messages, existing):
    root = ET.Element("TS", version="2.1", language=language)
    unfinished = 0
    by_context = {}
    for k in sorted(messages, key=lambda k: (k[0], k[1])):
        by_context.setdefault(k[0], []).append(k)
    for context_name, keys in by_context.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for k in keys:
            old = messages[k]
            message = ET.SubElement(context, "message")
            if k[3]:
                message.set("numerus", "yes")
            ET.SubElement(message, "source").text = k[1]
            if k[2]:
                ET.SubElement(message, "comment").text = k[2]
            translation = existing.get(k)
            if translation is None:
                translation = ET.Element("translation", type="unfinished")
                if k[3]:
                    ET.SubElement(translation, "numerusform")
                    ET.SubElement(translation, "numerusform")
            if translation.get("type") == "unfinished":
                unfinished += 1
            message.append(translation)
    ET.indent(root)
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(ET.tostring(root, encoding="utf-8"))
        f.write(b"\n")
    return unfinished, len(messages)


def main():
    args = sys.argv[1:]
    check = "--check" in args
    args = [a for a in args if a != "--check"]
    out_dir = args[0] if args else os.path.join(TOP, "translations")
    os.makedirs(out_dir, exist_ok=True)
    files = source_files()
    scratch = os.path.join(out_dir, "lupdate-scratch.ts")
    run_lupdate(files, scratch)
    messages = regroup(scratch, files)
    os.remove(scratch)
    failed = False
    for language in LANGUAGES + PLURALS_ONLY:
        committed = os.path.join(TOP, "translations", f"wgdesk_{language}.ts")
        existing = load_existing(committed)
        out = os.path.join(out_dir, f"wgdesk_{language}.ts")
        selected = messages
        if language in PLURALS_ONLY:
            selected = {k: m for k, m in messages.items() if k[3]}
        unfinished, total = write_ts(out, language, selected, existing)
        print(f"{language}: {total} messages, {unfinished} not translated")
        if unfinished:
            failed = True
            if check:
                for k, m in selected.items():
                    t = existing.get(k)
                    if t is None or t.get("type") == "unfinished":
                        print(f"  untranslated [{k[0]}] {k[1]!r}")
    return 1 if (check and failed) else 0


if __name__ == "__main__":
    sys.exit(main())
