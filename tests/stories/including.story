# A story written for this test: a noun phrase no dictionary codes ("several
# countries") followed by ", including A and B" stands for its members, in
# a pattern's role too ("sent weapons to +"). Run by tests/stories.sh.
text: tests/stories/including.txt
date: 2016-06-01
dictionaries: default

1 IRN QAT 072                  # "to several countries, including Qatar and Kuwait": each member
1 IRN KWT 072
2 CHN JPN 111                  # the default target: the members after "including"
2 CHN VNM 111
3 USA NGA 111                  # a bloc ("Western powers") set off by its members: the members act
3 GBR NGA 111
3 FRA NGA 111
4 -                            # "meet demand for cars" is no demand met
