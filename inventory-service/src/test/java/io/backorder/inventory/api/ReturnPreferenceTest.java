package io.backorder.inventory.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReturnPreferenceTest {

    @Test
    void return_minimal_is_read_among_other_preferences_in_any_case_spacing_and_quoting() {
        assertThat(ReturnPreference.minimal("return=minimal")).isTrue();
        assertThat(ReturnPreference.minimal("respond-async, wait=10, RETURN = \"minimal\"; foo=bar")).isTrue();
    }

    @Test
    void no_header_another_return_or_unreadable_text_leaves_the_full_answer() {
        assertThat(ReturnPreference.minimal(null)).isFalse();
        assertThat(ReturnPreference.minimal("")).isFalse();
        assertThat(ReturnPreference.minimal("return=representation")).isFalse();
        assertThat(ReturnPreference.minimal("wait=minimal, return")).isFalse();
        assertThat(ReturnPreference.minimal(";;,,=\"")).isFalse();
    }
}
