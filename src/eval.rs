//! Eval: the field score of parsed reports against hand-made gold labels.
