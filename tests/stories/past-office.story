# A story written for this test: after a person's last dated period, a
# leader or elite stays an elite of that state for good (Nixon in a 2020
# story is USAELI: history is coded as history), anyone else keeps the state
# of the last period for two years (Soleimani, days after his command ended
# with his death, is IRN), then has no code (Dempsey, army chief to 2015).
# Run by tests/stories.sh.
text: tests/stories/past-office.txt
date: 2020-01-08
dictionaries: default

1 USA IRN 195                  # "Soleimani was killed by a U.S. airstrike": his state within two years of his last period
2 USAELI CHN 042               # Nixon visited China: an elite of his state
2 CHN USAELI 043               # ... hosted by China
3 -                            # Dempsey (MIL to 2015) five years on: no code, no event
