# A story written for this test: a person shortly after their last dated
# period keeps its state without the role (Soleimani, days after his command
# ended with his death, is Iranian); decades after it, no code (Nixon and
# Mao in a 2020 story are history, not actors of its news). Run by
# tests/stories.sh.
text: tests/stories/past-office.txt
date: 2020-01-08
dictionaries: default

1 USA IRN 195                  # "Soleimani was killed by a U.S. airstrike": his state within two years of his last period
2 -                            # Nixon and Mao, decades out of office: no code, no event
