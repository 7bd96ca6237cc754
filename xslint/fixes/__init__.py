"""Fixes: applying the edits that findings carry, in passes, to text and files.

`edits` applies one pass of non-overlapping fixes to a text; `runner`
repeats lint-and-apply until nothing is left to fix; `files` writes the
result atomically or shows it as a unified diff.
"""
