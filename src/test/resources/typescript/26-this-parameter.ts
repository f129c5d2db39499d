function onClick(this: HTMLElement, event: MouseEvent) {
	this.classList.toggle("active", event.shiftKey);
}
function bound(this: Window) {
	return this;
}
