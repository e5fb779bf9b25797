# A story written for this test: "charged that", "alleged that" accuse the
# doer of the reported act, the "by" phrase of a passive one. Run by
# tests/stories.sh.
text: tests/stories/charged-that.txt
date: 1987-02-15
dictionaries: default

1 USA GBR 112                  # charged that Britain subsidized
2 USA FRA 112                  # "is subsidized by France and West Germany": the doers are accused
2 USA DEU 112
