import FuzzDriver

FuzzDriver.run(.markdown)
