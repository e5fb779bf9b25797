# A story written for this test: a compound subject that "agreed to" do
# something for someone else did not agree with each other (no mutual 030);
# "agreed to cooperate" is mutual. Run by tests/stories.sh.
text: tests/stories/agree.txt
date: 2014-08-10
dictionaries: default

1 -                            # "agreed to assist with the airdrops": an intent toward others, not an agreement between them
2 RUS CHN 030                  # agreed to cooperate: with each other
2 CHN RUS 030
3 RUS TUR 030                  # "agreed on a system to avoid clashes": the "to" is not agree's own ("agreed to X"), so mutual
3 TUR RUS 030
4 RUSGOV TURGOV 040            # Putin and Erdogan met
4 TURGOV RUSGOV 040
4 USA TUR 030                  # "the same day the U.S. and Turkey agreed": a clause with its own subject after a noun is coded too
4 TUR USA 030
