# A story written for this test: a scraped page's inline link block (a
# name, its long form glued to the first of some headlines, and "MORE") is
# no part of the sentence: the name before it acts ("McConnell praised
# Germany"), and nothing in the headlines is coded ("Trump threatens Iran
# with new sanctions"). A name like "McCaskill" is no glued name. Run by
# tests/stories.sh.
text: tests/stories/link-blocks.txt
date: 2019-12-01
dictionaries: default

1 -                            # (no actors)
2 USALEG DEU 051               # McConnell praised Germany; the headlines are dropped ("Trump threatens Iran")
3 USAELI DEU 051               # "McCaskill" (a former senator by then): no glued name
4 USALEG JPN 051               # "McConnellMcConnell protege ...": a headline that opens with a name is dropped too
