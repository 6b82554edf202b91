/**
 * lit-ext's LIT modules. Loaded by our index.html right after LIT's main.js; each module file
 * defines its element (`<head-view-module>`, …), which LIT's layouts name as strings.
 */

import './attention_search_module';
import './corpus_factors_module';
import './faithfulness_module';
import './head_view_module';
import './layer_predictions_module';
import './model_view_module';
import './neuron_view_module';
import './nmf_module';
import './store_search_module';
