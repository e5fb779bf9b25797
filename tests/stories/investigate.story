# A story written for this test: the target of an investigation is whom the
# investigated clause is about ("investigating whether the Trump campaign
# colluded with Russia"), as for demands and threats. Run by tests/stories.sh.
text: tests/stories/investigate.txt
date: 2018-01-01
dictionaries: default

1 USAJUD USAPTY 090            # the campaign, the subject of the whether-clause
