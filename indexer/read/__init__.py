"""Reading files into page text: the crawl of a folder, .txt, .html and .pdf, sidecar metadata."""
