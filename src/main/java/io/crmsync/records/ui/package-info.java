/** The Records page: the search, the record's link card and its grids. */
package io.crmsync.records.ui;
