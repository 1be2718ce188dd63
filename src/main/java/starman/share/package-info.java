/**
 * Share cards: the workout as a picture a person can post, composed here as a scene and a standalone SVG document;
 * the page rasterises it to a PNG and hands it to the device (download, or the Web Share API). Nothing is uploaded.
 */
package starman.share;
