# A story written for this test: a compound subject that "agreed to" do
# something for someone else did not agree with each other (no mutual 030);
# "agreed to cooperate" is mutual. Run by tests/stories.sh.
text: tests/stories/agree.txt
date: 2014-08-10
dictionaries: default

1 -                            # "agreed to assist with the airdrops": an intent toward others, not an agreement between them
2 RUS CHN 030                  # agreed to cooperate: with each other
2 CHN RUS 030
