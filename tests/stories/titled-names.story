# A story written for this test: a name no dictionary knows after a title
# ("U.S. District Judge Emmet Sullivan") is a person coded by the title, and
# its last name names it again ("Sullivan also criticized"); not a name
# after a person's title ("President Trump's lawyer Michael Cohen" is not
# Trump). A court ruling against a party rejects it (120). Run by
# tests/stories.sh.
text: tests/stories/titled-names.txt
date: 2019-06-01
dictionaries: default

1 USAJUD USAGOV 120            # "ruled against the government"
2 USAJUD USAGOV 111            # "Sullivan" = the judge
3 -                            # no event ("spoke")
4 -                            # "Cohen" is not Trump (USAGOV -> USALEG would be wrong)
5 USAGOV USALEG 111            # "Gov." is a governor's title
