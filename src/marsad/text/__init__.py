"""Text handling: normalisation with offset maps, segmentation, language identification."""
