// After a lookup the page opens at the answer (#ergebnis, also without JavaScript). Here we also
// move the keyboard and screen-reader focus there, so the answer is read out first.

const answer = document.getElementById("ergebnis");
if (answer && window.location.hash === "#ergebnis") {
  answer.focus({ preventScroll: false });
}
