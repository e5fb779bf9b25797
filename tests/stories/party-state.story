# A story written for this test: "D-Calif.", "R-S.C." after a lawmaker's
# name are a party and a state, no end of sentence, and the subject before
# them acts. Run by tests/stories.sh.
text: tests/stories/party-state.txt
date: 2019-01-09
dictionaries: default

1 USALEG USAGOV 051            # "Pelosi, D-Calif., praised Trump's announcement" (one sentence)
2 USALEG USAPTY 020            # "Schumer, D-N.Y., called on Republicans"
3 USALEG RUS 111               # "Graham, R-S.C., criticized Russia"
