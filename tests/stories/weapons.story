# A story written for this test: a weapon named after its owner ("Hamas
# rockets", "Russian missiles") fired at a target is the owner's act of
# force; the weapon is no actor in any other act. Run by tests/stories.sh.
text: tests/stories/weapons.txt
date: 2014-07-20
dictionaries: default

1 PSEREB ISR 194               # "Hamas rockets hit": rockets are artillery (194)
2 RUS UKR 195                  # "Russian missiles struck Kyiv"
3 -                            # a sale of missiles: the missiles are no seller or buyer
