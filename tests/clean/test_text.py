from eventwire.clean.text import quotation_only


def test_a_quotation_standing_alone_is_quotation_only():
    assert quotation_only('"We will not back down."')
    assert quotation_only("“Never.”")
    assert quotation_only('"We are ready.')  # the first sentence of a quotation that runs on
    assert quotation_only("We will stay.”")  # and its last
    assert quotation_only('The "deal" is off, for now."')


def test_text_outside_quotation_marks_is_not():
    assert not quotation_only('"We will stay," the minister said.')
    assert not quotation_only('"Talks," he said, "will go on."')
    assert not quotation_only("Iran said “no” to the offer.")
    assert not quotation_only('Chile recalled its ambassador. "')  # a mark that opens the next quotation
    assert not quotation_only("")
