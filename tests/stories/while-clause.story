# A story written for this test: an adverbial clause ("while the Saudis
# ... have shipped") has a subject of its own: the comma rule keeps it (a
# clause that opens between commas and runs on past them), the parser reads
# the members after its subject ("including Qatar and Kuwait"), and the verb
# before it finds no target inside it. "other Gulf monarchies" are not the
# story's state. Run by tests/stories.sh.
text: tests/stories/while-clause.txt
date: 2013-06-01
dictionaries: default

1 IRN SYRGOV 072               # "provides military support to Assad's government": military aid
1 SAU SYRREB 072               # the Saudis shipped weapons to the rebels (not Iran, not to Iran's target)
