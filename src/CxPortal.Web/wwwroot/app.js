// Saves a file the server produced (e.g. the inventory CSV) through the browser's download.
window.cxDownload = async (fileName, contentType, streamReference) => {
    const blob = new Blob([await streamReference.arrayBuffer()], { type: contentType });
    const url = URL.createObjectURL(blob);
    const anchor = document.createElement("a");
    anchor.href = url;
    anchor.download = fileName;
    document.body.appendChild(anchor);
    anchor.click();
    anchor.remove();
    URL.revokeObjectURL(url);
};
