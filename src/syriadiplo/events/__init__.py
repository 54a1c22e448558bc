"""The event stage: from a cleaned document to its records (see docs/PIPELINE.md).

steps.py runs, in order, over one Analysis (analysis.py):
  tag       tagging.py     tokens, time expressions, entity mentions and trigger words per sentence
  mentions  detect.py      one event mention per trigger that names an event, with its slots:
                           clauses.py (the trigger's clause), arguments.py (parties), factuality.py
                           (status), places.py, timing.py, topical.py, initiative.py
  cluster   clustering.py  the mentions of one event together
  records   assemble.py    one record per cluster
  scope     (scope.py)     only diplomatic events in scope
"""
