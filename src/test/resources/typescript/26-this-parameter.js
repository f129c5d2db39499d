function onClick(event) {
	this.classList.toggle("active", event.shiftKey);
}
function bound() {
	return this;
}
