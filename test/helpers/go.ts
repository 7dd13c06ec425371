/** Go sources the tests write to disk. Line numbers are listed next to each so plans can cite them. */

export const go = (...lines: string[]): string => lines.join('\n') + '\n';

/**
 * shop/cart.go, 27 lines, final newline.
 *  1 package        4-7 type Cart struct    10-13 type Item struct
 * 16-22 func (c *Cart) Total    25-27 func NewCart
 *  2, 8, 14, 23 blank; 3, 9, 15, 24 comments; 7, 13, 20, 22, 27 closing braces.
 */
export const CART_GO = go(
  'package shop', //                                   1
  '', //                                               2
  '// Cart holds the items a customer picked.', //     3
  'type Cart struct {', //                             4
  '\tItems []Item', //                                 5
  '\tOwner string', //                                 6
  '}', //                                              7
  '', //                                               8
  '// Item is one line of a cart.', //                 9
  'type Item struct {', //                            10
  '\tSKU   string', //                                11
  '\tCount int', //                                   12
  '}', //                                             13
  '', //                                              14
  '// Total counts the items in the cart.', //        15
  'func (c *Cart) Total() int {', //                  16
  '\tn := 0', //                                      17
  '\tfor _, it := range c.Items {', //                18
  '\t\tn += it.Count', //                             19
  '\t}', //                                           20
  '\treturn n', //                                    21
  '}', //                                             22
  '', //                                              23
  '// NewCart makes an empty cart for an owner.', //  24
  'func NewCart(owner string) *Cart {', //            25
  '\treturn &Cart{Owner: owner}', //                  26
  '}', //                                             27
);
