# A story written for this test: an act named by a noun whose owner is a
# possessive pronoun ("his meetings with", "his allegations against", "their
# talks with") is done by the subject of the pronoun's clause.
# Run by tests/stories.sh.
text: tests/stories/pronoun-owner.txt
date: 2017-03-03
dictionaries: default

1 USAJUD RUSGOV 040            # "Sessions gave few details of his meetings with Russia's ambassador"
2 USALEG USAGOV 112            # "Grassley repeated his allegations against President Trump"
3 USAGOV CHNGOV 046            # "Officials said their talks with the Chinese delegation": the officials of the dateline's state
4 -                            # "Iran said his meetings with Obama": "his" is not Iran
